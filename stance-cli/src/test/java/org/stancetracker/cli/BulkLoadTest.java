package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stance load} on JSON Lines and CSV, plain and gzip, with their bad records, against a real PostgreSQL. */
class BulkLoadTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("stance.samples.dir")).resolve("idlib-2018-seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private List<String> sampleTexts() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        }
    }

    private String jsonLine(String id, String text, String published) {
        ObjectNode node =
                JSON.createObjectNode().put("id", id).put("text", text).put("source", "wire");
        if (published != null) {
            node.put("published", published);
        }
        return node.toString();
    }

    @Test
    void json_lines_plain_and_gzip_load_and_bad_lines_are_rejected_with_their_line() throws IOException {
        List<String> texts = sampleTexts();
        List<String> lines = new ArrayList<>();
        lines.add(jsonLine("a1", texts.get(0), "2018-09-08"));
        lines.add("{not json");
        lines.add(jsonLine("a2", texts.get(1), "2018-09-08T10:15:00Z"));
        lines.add("");
        lines.add(jsonLine("a3", "   ", null));
        lines.add(jsonLine("a4", texts.get(2), "the day after"));
        lines.add("{\"text\": \"no id here\"}");
        Path jsonl = home.resolve("feed.jsonl");
        Files.write(jsonl, lines, StandardCharsets.UTF_8);
        Path gz = home.resolve("more.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write((jsonLine("b1", texts.get(3), "2018-09-10") + "\n").getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        }
        Path rejects = home.resolve("rejects.jsonl");

        CliRun run = CliRun.run(home, "load", "--rejects", rejects.toString(), jsonl.toString(), gz.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.out()).contains("read 8, loaded 3, skipped 0 already present, rejected 5");
        assertThat(run.err())
                .contains("rejected " + jsonl + ":2: malformed JSON")
                .contains("rejected " + jsonl + ":5: empty \"text\"")
                .contains("rejected " + jsonl + ":6: unparseable date 'the day after'")
                .contains("rejected " + jsonl + ":7: no \"id\"")
                .contains("rejected " + gz + ":2: not valid UTF-8");
        List<JsonNode> rejected = new ArrayList<>();
        for (String line : Files.readAllLines(rejects)) {
            rejected.add(JSON.readTree(line));
        }
        assertThat(rejected).hasSize(5);
        assertThat(rejected).anySatisfy(r -> {
            assertThat(r.get("location").asText()).isEqualTo(jsonl + ":6");
            assertThat(r.get("record").get("id").asText()).isEqualTo("a4");
        });

        List<String> exported = CliRun.run(home, "export").out().lines().toList();
        assertThat(exported).anyMatch(l -> l.contains("\"article\":\"a2\"") && l.contains("\"source\":\"wire\""));
        assertThat(exported).anyMatch(l -> l.contains("\"article\":\"b1\""));
    }

    @Test
    void csv_with_quoted_commas_and_newlines_loads_and_bad_rows_are_rejected_with_their_row() throws IOException {
        List<String> texts = sampleTexts();
        StringBuilder csv = new StringBuilder(",headline,body,publish_date\n");
        csv.append("c1,\"Truce, or not\",").append(quoted(texts.get(0))).append(",2018-09-08\n");
        csv.append("c2,Short,").append(quoted(texts.get(2))).append(",2018-09-07\n");
        csv.append("c3,Too many,fields,2018-09-07,extra\n");
        csv.append("c4,Bad date,").append(quoted(texts.get(4))).append(",07/09/2018\n");
        Path file = home.resolve("archive.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }

        CliRun run = CliRun.run(home, "load", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.out()).contains("read 4, loaded 2, skipped 0 already present, rejected 2");
        assertThat(run.err())
                .contains("rejected " + file + ":row 3: has 5 fields, the header has 4")
                .contains("rejected " + file + ":row 4: unparseable date '07/09/2018'");
        assertThat(CliRun.run(home, "export").out())
                .contains("\"article\":\"c1\"")
                .contains("\"article\":\"c2\"");
    }

    @Test
    void a_replacement_character_is_text_and_only_bytes_that_are_not_utf8_reject_a_row() throws IOException {
        // Scraped archives hold U+FFFD where an earlier tool met bytes it could not read: that is a
        // character, and its row loads. Bytes that are not UTF-8 reject their own row only.
        String text = "Ankara called for a ceasefire in Idlib on Monday \uFFFD the talks go on.";
        Path file = home.resolve("scraped.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("id,published,text\nr1,2018-09-10," + quoted(text) + "\n").getBytes(StandardCharsets.UTF_8));
            out.write("r2,2018-09-10,\"Moscow said ".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {(byte) 0xC3, (byte) 0x28});
            out.write(" the truce holds.\"\nr3,2018-09-11,\"\uFFFD\uFFFD Tehran backed the talks.\"\n"
                    .getBytes(StandardCharsets.UTF_8));
        }

        CliRun run = CliRun.run(home, "load", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.out()).contains("read 3, loaded 2, skipped 0 already present, rejected 1");
        assertThat(run.err()).contains("rejected " + file + ":row 2: not valid UTF-8");
        assertThat(CliRun.run(home, "export").out()).contains("\"article\":\"r1\"");
    }

    @Test
    void a_huge_title_and_a_text_of_invisible_spaces_are_rejected_with_why_and_the_rest_loads() throws IOException {
        List<String> texts = sampleTexts();
        ObjectNode huge = (ObjectNode) JSON.readTree(jsonLine("t1", texts.get(0), "2018-09-08"));
        huge.put("title", "Idlib ".repeat(800_000));
        List<String> lines = List.of(
                huge.toString(),
                jsonLine("t2", "\u00A0\u00A0\u200B\u00A0", "2018-09-08"),
                jsonLine("t3", texts.get(1), "2018-09-08"));
        Path feed = home.resolve("titles.jsonl");
        Files.write(feed, lines, StandardCharsets.UTF_8);

        CliRun run = CliRun.run(home, "load", feed.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.out()).contains("read 3, loaded 1, skipped 0 already present, rejected 2");
        assertThat(run.err())
                .contains("rejected " + feed + ":1: title is 4800000 characters long, more than 1000")
                .contains("rejected " + feed + ":2: ");
        assertThat(run.err().lines().filter(l -> l.startsWith("rejected " + feed + ":2: ")))
                .singleElement()
                .satisfies(l -> assertThat(l).containsAnyOf("empty \"text\"", "holds no letter or digit"));
    }

    @Test
    void escape_sequences_in_rejected_input_never_reach_the_terminal_raw() throws IOException {
        Path feed = home.resolve("escapes.jsonl");
        Files.write(
                feed,
                List.of(jsonLine("e1", "Ankara called for a truce in Idlib.", "\u001b[2J\u001b[31mtoday\u202e")),
                StandardCharsets.UTF_8);

        CliRun run = CliRun.run(home, "load", feed.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.err())
                .contains("unparseable date '\\u001B[2J\\u001B[31mtoday\\u202E'")
                .doesNotContain("\u001b")
                .doesNotContain("\u202e");
    }

    @Test
    void columns_can_be_named_and_defaults_given() throws IOException {
        Path file = home.resolve("custom.csv");
        Files.writeString(file, "doc,article_body\nd1," + quoted(sampleTexts().get(1)) + "\n");
        CliRun missing = CliRun.run(home, "load", file.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(missing.err()).contains("has no id column; name it with --column");

        CliRun named = CliRun.run(
                home,
                "load",
                "--column",
                "id=doc",
                "--column",
                "text=article_body",
                "--source",
                "archive",
                "--published",
                "2018-09-06",
                file.toString());
        assertThat(named.exitCode()).as(named.err()).isEqualTo(ExitCode.OK);
        assertThat(named.out()).contains("loaded 1");
        assertThat(CliRun.run(home, "export").out())
                .contains("\"article\":\"d1\"")
                .contains("\"source\":\"archive\"");
    }

    @Test
    void a_dry_run_reads_and_extracts_but_stores_nothing() throws IOException {
        Path file = home.resolve("feed.jsonl");
        Files.writeString(file, jsonLine("x1", sampleTexts().get(2), "2018-09-07") + "\n");
        CliRun dry = CliRun.run(home, "load", "--dry-run", file.toString());
        assertThat(dry.exitCode()).as(dry.err()).isEqualTo(ExitCode.OK);
        assertThat(dry.out()).contains("would load 1");
        assertThat(CliRun.run(home, "load", file.toString()).out()).contains("loaded 1, skipped 0");
    }

    @Test
    void a_second_load_of_a_finished_input_skips_it_by_its_progress_mark() throws IOException {
        Path file = home.resolve("feed.jsonl");
        List<String> lines = new ArrayList<>();
        List<String> texts = sampleTexts();
        for (int i = 0; i < texts.size(); i++) {
            lines.add(jsonLine("p" + i, texts.get(i), "2018-09-09"));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        assertThat(CliRun.run(home, "load", "--batch-size", "2", file.toString())
                        .out())
                .contains("loaded 5");
        CliRun again = CliRun.run(home, "load", file.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).contains("read 0, loaded 0").contains("resumed after 5 records");
    }

    @Test
    void usage_errors_in_load_options_exit_with_2() {
        assertThat(CliRun.run(home, "load", "--format", "xml", home.toString()).exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.run(home, "load", "--column", "colour=c", home.toString())
                        .exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.run(home, "load", "--published", "yesterday", home.toString())
                        .exitCode())
                .isEqualTo(ExitCode.USAGE);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
