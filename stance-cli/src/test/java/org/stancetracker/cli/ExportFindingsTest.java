package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;

/**
 * {@code stance export} shows every finding: each stance carries all of them, and {@code --findings}
 * gives one line or row per finding, so that a finding merged under another extractor's lead is seen.
 */
class ExportFindingsTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("stance.samples.dir")).resolve("idlib-2018-seeds");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A plugin's finding, added to a stance that another extractor leads. */
    private static final String PLUGIN = "zz-plugin";

    @TempDir
    Path home;

    /** The stance the plugin's finding merges into: article, actor, position and polarity. */
    private String mergedInto;

    @BeforeEach
    void load_and_merge_a_plugin_finding() throws Exception {
        assertThat(CliRun.run(home, "load", SAMPLES.toString()).exitCode()).isEqualTo(ExitCode.OK);
        // As a plugin that found a stance at a later place than the built-in extractor that leads it.
        try (Database db = Database.open(DatabaseSettings.embeddedAt(home));
                Connection c = db.connect();
                PreparedStatement first = c.prepareStatement("""
                     SELECT s.id, a.external_id || ' ' || s.actor_code || ' ' || s.position_id || ' ' || s.polarity
                     FROM stance s JOIN article a ON a.id = s.article_id
                     WHERE a.external_id LIKE '002%' ORDER BY s.evidence_start, s.id LIMIT 1""");
                PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO stance_evidence (stance_id, extractor_name, extractor_version, evidence, evidence_start,
                                                  evidence_end, stance_date, date_precision, confidence)
                     SELECT s.id, ?, '2.0', 'plugin evidence', s.evidence_start + 1, s.evidence_start + 16, NULL, 'unknown', 0.25
                     FROM stance s WHERE s.id = ?""")) {
            long stance;
            try (ResultSet rs = first.executeQuery()) {
                assertThat(rs.next()).isTrue();
                stance = rs.getLong(1);
                mergedInto = rs.getString(2);
            }
            insert.setString(1, PLUGIN);
            insert.setLong(2, stance);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void each_stance_carries_all_its_findings_and_keeps_its_lead_fields() throws IOException {
        CliRun export = CliRun.run(home, "export");
        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCode.OK);
        List<JsonNode> stances = lines(export.out());
        assertThat(stances).isNotEmpty();
        for (JsonNode stance : stances) {
            List<JsonNode> findings = new ArrayList<>();
            stance.get("findings").forEach(findings::add);
            assertThat(findings).isNotEmpty();
            assertThat(stance.get("evidence_count").asInt()).isEqualTo(findings.size());
            assertThat(texts(stance.get("extractors")))
                    .isEqualTo(List.copyOf(findings.stream()
                            .map(f -> f.get("extractor").asText())
                            .collect(Collectors.toCollection(TreeSet::new))));
            // The stance's own fields are still its lead finding's.
            assertThat(findings).anySatisfy(f -> {
                assertThat(f.get("extractor").asText())
                        .isEqualTo(stance.get("extractor").asText());
                assertThat(f.get("evidence_start").asInt())
                        .isEqualTo(stance.get("evidence_start").asInt());
                assertThat(f.get("evidence").asText())
                        .isEqualTo(stance.get("evidence").asText());
            });
            for (JsonNode finding : findings) {
                assertThat(finding.fieldNames())
                        .toIterable()
                        .containsExactly(
                                "date",
                                "date_precision",
                                "evidence",
                                "evidence_start",
                                "evidence_end",
                                "extractor",
                                "extractor_version",
                                "confidence");
                if (!finding.get("extractor").asText().equals(PLUGIN)) {
                    String text = Files.readString(
                            SAMPLES.resolve(stance.get("article").asText()));
                    assertThat(text.substring(
                                    finding.get("evidence_start").asInt(),
                                    finding.get("evidence_end").asInt()))
                            .isEqualTo(finding.get("evidence").asText());
                }
            }
        }
        JsonNode merged = stances.stream()
                .filter(s -> key(s).equals(mergedInto))
                .findFirst()
                .orElseThrow();
        assertThat(merged.get("extractor").asText())
                .as("the plugin does not lead")
                .isNotEqualTo(PLUGIN);
        assertThat(texts(merged.get("extractors"))).contains(PLUGIN);
        JsonNode plugin = findings(merged).stream()
                .filter(f -> f.get("extractor").asText().equals(PLUGIN))
                .findFirst()
                .orElseThrow();
        assertThat(plugin.get("extractor_version").asText()).isEqualTo("2.0");
        assertThat(plugin.get("evidence").asText()).isEqualTo("plugin evidence");
        assertThat(plugin.get("date").isNull()).isTrue();
        assertThat(plugin.get("confidence").asDouble()).isEqualTo(0.25);
    }

    @Test
    void with_findings_each_finding_is_a_line_and_one_per_stance_leads() throws IOException {
        List<JsonNode> stances = lines(CliRun.run(home, "export").out());
        CliRun export = CliRun.run(home, "export", "--findings");
        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCode.OK);
        List<JsonNode> findings = lines(export.out());

        int total = stances.stream().mapToInt(s -> s.get("findings").size()).sum();
        assertThat(findings).hasSize(total);
        assertThat(export.err()).contains("exported " + total + " findings of " + stances.size() + " stances");
        for (JsonNode finding : findings) {
            assertThat(finding.fieldNames())
                    .toIterable()
                    .containsExactly(
                            "article",
                            "source",
                            "actor",
                            "topic",
                            "position",
                            "polarity",
                            "date",
                            "date_precision",
                            "evidence",
                            "evidence_start",
                            "evidence_end",
                            "extractor",
                            "extractor_version",
                            "confidence",
                            "lead");
        }
        Map<String, List<JsonNode>> byStance =
                findings.stream().collect(Collectors.groupingBy(ExportFindingsTest::key));
        assertThat(byStance).hasSize(stances.size());
        byStance.forEach((stance, its) -> assertThat(its)
                .as(stance)
                .filteredOn(f -> f.get("lead").asBoolean())
                .hasSize(1));
        assertThat(byStance.get(mergedInto)).anySatisfy(f -> {
            assertThat(f.get("extractor").asText()).isEqualTo(PLUGIN);
            assertThat(f.get("lead").asBoolean()).isFalse();
        });
        // The filters apply as to stances: only the findings of the stances chosen.
        List<JsonNode> turkey =
                lines(CliRun.run(home, "export", "--findings", "--actor", "TUR").out());
        assertThat(turkey)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.get("actor").asText()).isEqualTo("TUR"));
        assertThat(turkey).hasSize((int) findings.stream()
                .filter(f -> f.get("actor").asText().equals("TUR"))
                .count());
    }

    @Test
    void csv_keeps_a_row_per_stance_and_with_findings_gives_a_row_per_finding() throws IOException {
        List<JsonNode> stances = lines(CliRun.run(home, "export").out());
        Path perStance = home.resolve("stances.csv");
        Path perFinding = home.resolve("findings.csv");
        assertThat(CliRun.run(home, "export", "--format", "csv", "--output", perStance.toString())
                        .exitCode())
                .isEqualTo(ExitCode.OK);
        assertThat(CliRun.run(home, "export", "--format", "csv", "--findings", "--output", perFinding.toString())
                        .exitCode())
                .isEqualTo(ExitCode.OK);

        assertThat(Files.readAllLines(perStance).get(0))
                .isEqualTo(
                        "article,source,actor,topic,position,polarity,date,"
                                + "date_precision,evidence,evidence_start,evidence_end,extractor,extractor_version,confidence,extractors,evidence_count,title,url,published");
        assertThat(csv(perStance)).hasSize(stances.size());

        assertThat(Files.readAllLines(perFinding).get(0))
                .isEqualTo(
                        "article,source,actor,topic,position,polarity,date,"
                                + "date_precision,evidence,evidence_start,evidence_end,extractor,extractor_version,confidence,lead");
        List<CSVRecord> findingRows = csv(perFinding);
        assertThat(findingRows)
                .hasSize(
                        stances.stream().mapToInt(s -> s.get("findings").size()).sum());
        assertThat(findingRows)
                .filteredOn(r -> r.get("extractor").equals(PLUGIN))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("article") + " " + r.get("actor") + " " + r.get("position") + " "
                                    + r.get("polarity"))
                            .isEqualTo(mergedInto);
                    assertThat(r.get("lead")).isEqualTo("false");
                    assertThat(r.get("date")).isEmpty();
                });
        assertThat(findingRows).filteredOn(r -> r.get("lead").equals("true")).hasSize(stances.size());
    }

    private static String key(JsonNode stance) {
        return stance.get("article").asText() + " " + stance.get("actor").asText() + " "
                + stance.get("position").asText() + " " + stance.get("polarity").asText();
    }

    private static List<JsonNode> findings(JsonNode stance) {
        List<JsonNode> findings = new ArrayList<>();
        stance.get("findings").forEach(findings::add);
        return findings;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (CSVParser parser = CSVParser.builder()
                .setReader(Files.newBufferedReader(file))
                .setFormat(CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())
                .get()) {
            return parser.getRecords();
        }
    }

    private static List<JsonNode> lines(String jsonl) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : jsonl.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
