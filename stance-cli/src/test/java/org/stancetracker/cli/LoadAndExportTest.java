package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stance load} and {@code stance export} on the sample corpus, against a real embedded PostgreSQL. */
class LoadAndExportTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("stance.samples.dir")).resolve("idlib-2018-seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void load_then_export_round_trips_the_sample_corpus() throws IOException {
        CliRun load = CliRun.run(home, "load", SAMPLES.toString());
        assertThat(load.exitCode()).as(load.err()).isEqualTo(ExitCode.OK);
        assertThat(load.out()).contains("read 5, loaded 5, skipped 0 already present, rejected 0");

        CliRun export = CliRun.run(home, "export", "--format", "jsonl");
        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCode.OK);
        List<JsonNode> stances = lines(export.out());
        assertThat(stances).isNotEmpty();
        assertThat(load.out()).contains("stances " + stances.size());

        Set<String> articles = new HashSet<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            files.forEach(f -> articles.add(f.getFileName().toString()));
        }
        for (JsonNode stance : stances) {
            assertThat(stance.fieldNames())
                    .toIterable()
                    .contains(
                            "article",
                            "actor",
                            "topic",
                            "position",
                            "polarity",
                            "date",
                            "evidence",
                            "extractor",
                            "confidence");
            assertThat(articles).contains(stance.get("article").asText());
            assertThat(stance.get("topic").asText()).isEqualTo("idlib");
            assertThat(stance.get("polarity").asText()).isIn("support", "oppose");
            String text = Files.readString(SAMPLES.resolve(stance.get("article").asText()));
            int start = stance.get("evidence_start").asInt();
            int end = stance.get("evidence_end").asInt();
            assertThat(text.substring(start, end))
                    .isEqualTo(stance.get("evidence").asText());
        }
        // The article with a dateline dates its stances; one with neither dateline nor a dated event
        // in its text leaves them unknown, not guessed.
        assertThat(stances)
                .filteredOn(s -> s.get("article").asText().startsWith("002_"))
                .filteredOn(s -> !s.get("date").isNull())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("date").asText()).isEqualTo("2018-09-07"));
        assertThat(stances)
                .filteredOn(s -> s.get("article").asText().startsWith("001_"))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("date").isNull()).isTrue());
    }

    @Test
    void loading_the_same_files_twice_stores_nothing_new() {
        assertThat(CliRun.run(home, "load", SAMPLES.toString()).exitCode()).isEqualTo(ExitCode.OK);
        String firstExport = CliRun.run(home, "export").out();

        CliRun again = CliRun.run(home, "load", SAMPLES.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).contains("read 5, loaded 0, skipped 5 already present, rejected 0, stances 0");
        assertThat(CliRun.run(home, "export").out()).isEqualTo(firstExport);
    }

    @Test
    void the_same_text_under_another_name_is_skipped_by_its_content_hash() throws IOException {
        Path copy = Files.createDirectories(home.resolve("copy")).resolve("renamed.txt");
        Files.copy(SAMPLES.resolve("002_84440dcd74fa8747.txt"), copy);
        CliRun.run(home, "load", SAMPLES.toString());
        CliRun run = CliRun.run(home, "load", copy.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("loaded 0, skipped 1 already present");
    }

    @Test
    void bad_inputs_are_reported_with_file_and_reason_and_the_rest_still_loads() throws IOException {
        Path input = Files.createDirectories(home.resolve("input"));
        Files.copy(SAMPLES.resolve("002_84440dcd74fa8747.txt"), input.resolve("good.txt"));
        Files.writeString(input.resolve("empty.txt"), "  \n\n ");
        Files.write(input.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.write(
                input.resolve("latin1.txt"), "Erdo\u011fan a d\u00e9clar\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        // Named on the command line and there, as a link, but to nothing: a reject, not a usage error.
        Path dangling = Files.createSymbolicLink(home.resolve("dangling.txt"), Path.of("missing.txt"));

        CliRun run = CliRun.run(home, "load", input.toString(), dangling.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.err())
                .contains("rejected " + dangling + ": a symbolic link to nothing (missing.txt)")
                .contains("rejected " + input.resolve("empty.txt") + ": empty text")
                .contains("rejected " + input.resolve("image.txt") + ": binary file: NUL byte at offset 4")
                .contains("rejected " + input.resolve("latin1.txt") + ": not valid UTF-8");
        assertThat(run.out()).contains("read 5, loaded 1, skipped 0 already present, rejected 4");
        assertThat(lines(CliRun.run(home, "export").out()))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("article").asText()).isEqualTo("good.txt"));
    }

    @Test
    void a_changed_text_under_a_stored_id_is_reported_not_overwritten() throws IOException {
        Path first = Files.createDirectories(home.resolve("v1")).resolve("story.txt");
        Path second = Files.createDirectories(home.resolve("v2")).resolve("story.txt");
        Files.writeString(first, "Turkey called for a ceasefire in Idlib.");
        Files.writeString(second, "Turkey called for a truce in Idlib.");
        assertThat(CliRun.run(home, "load", first.toString()).exitCode()).isEqualTo(ExitCode.OK);

        CliRun run = CliRun.run(home, "load", second.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.err())
                .contains("rejected " + second + ": files:story.txt is already stored with a different text");
    }

    @Test
    void csv_export_has_a_header_and_one_row_per_stance_with_filters() throws IOException {
        CliRun.run(home, "load", SAMPLES.toString());
        int stances = lines(CliRun.run(home, "export").out()).size();
        Path csv = home.resolve("out.csv");
        assertThat(CliRun.run(home, "export", "--format", "csv", "--output", csv.toString())
                        .exitCode())
                .isEqualTo(ExitCode.OK);
        try (var parser = org.apache.commons.csv.CSVParser.builder()
                .setReader(Files.newBufferedReader(csv))
                .setFormat(org.apache.commons.csv.CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())
                .get()) {
            var rows = parser.getRecords();
            assertThat(rows).hasSize(stances);
            assertThat(parser.getHeaderNames())
                    .startsWith("article", "source", "actor", "topic", "position", "polarity", "date");
        }
        List<JsonNode> turkey =
                lines(CliRun.run(home, "export", "--actor", "TUR", "--from", "2018-09-07", "--to", "2018-09-07")
                        .out());
        assertThat(turkey).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("actor").asText()).isEqualTo("TUR");
            assertThat(s.get("date").asText()).isEqualTo("2018-09-07");
        });
    }

    @Test
    void export_filters_by_source_extractor_and_least_confidence() throws IOException {
        assertThat(CliRun.run(home, "load", "--source", "seeds", SAMPLES.toString())
                        .exitCode())
                .isEqualTo(ExitCode.OK);
        Path outlets = Path.of(System.getProperty("stance.samples.dir")).resolve("idlib-outlets");
        assertThat(CliRun.run(home, "load", "--source", "outlets", outlets.toString())
                        .exitCode())
                .isIn(ExitCode.OK, ExitCode.PARTIAL);
        List<JsonNode> all = lines(CliRun.run(home, "export").out());
        List<JsonNode> seeds =
                lines(CliRun.run(home, "export", "--source", "seeds").out());
        assertThat(seeds)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("source").asText()).isEqualTo("seeds"));
        assertThat(seeds.size()).isLessThan(all.size());
        // The outlets' articles carry their own sources (Reuters, TASS, ...): all of them with seeds give every stance.
        String everySource = String.join(
                ",",
                all.stream().map(st -> st.get("source").asText()).distinct().toList());
        assertThat(everySource).contains(",");
        assertThat(lines(CliRun.run(home, "export", "--source", everySource).out()))
                .hasSameSizeAs(all);
        // A day counted from the publication is the API's; the export gives only days the texts give.
        assertThat(all)
                .noneSatisfy(st -> assertThat(st.get("date_precision").asText()).isEqualTo("published"));
        assertThat(all).anySatisfy(st -> assertThat(st.get("date").isNull()).isTrue());
        // Each stance can be cited: its article's title, URL and publication day come with it.
        assertThat(all)
                .allSatisfy(st -> assertThat(st.has("title") && st.has("url") && st.has("published"))
                        .isTrue());
        assertThat(all).anySatisfy(st -> assertThat(st.get("title").asText()).isNotBlank());
        assertThat(all).anySatisfy(st -> assertThat(st.get("url").asText()).startsWith("http"));
        assertThat(all)
                .anySatisfy(st -> assertThat(st.get("published").asText()).matches("\\d{4}-\\d{2}-\\d{2}"));
        String csv = CliRun.run(home, "export", "--format", "csv").out();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",title,url,published");

        List<JsonNode> confident =
                lines(CliRun.run(home, "export", "--min-confidence", "0.75").out());
        assertThat(confident)
                .hasSize((int) all.stream()
                        .filter(s -> s.get("confidence").asDouble() >= 0.75)
                        .count())
                .allSatisfy(s -> assertThat(s.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.75));
        assertThat(lines(CliRun.run(home, "export", "--extractor", "no-such-extractor")
                        .out()))
                .isEmpty();
        assertThat(CliRun.run(home, "export", "--min-confidence", "1.5").exitCode())
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void usage_errors_exit_with_2() {
        assertThat(CliRun.run(home, "load").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.run(home, "export", "--format", "xml").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.run(home, "frobnicate").exitCode()).isEqualTo(ExitCode.USAGE);
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
