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
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;

/**
 * Records that a hostile or broken archive holds are each rejected with their file, line or row and
 * reason, and the rest of the load goes on, against a real PostgreSQL.
 */
class HostileRecordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    /** A short news-like text of its own for each record, so that no two records share a content hash. */
    static String news(String id) {
        return "Turkey called for a ceasefire in Idlib on Monday, officials said in report " + id
                + ". Russia said the offensive would go on.";
    }

    static String jsonLine(String id, String field, String value) {
        ObjectNode node = JSON.createObjectNode().put("id", id).put("text", news(id));
        if (field != null) {
            node.put(field, value);
        }
        return node.toString();
    }

    static void gzip(Path file, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    static List<JsonNode> rejects(Path file) throws IOException {
        List<JsonNode> rejected = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            rejected.add(JSON.readTree(line));
        }
        return rejected;
    }

    @Test
    void fields_the_database_cannot_hold_are_rejected_with_their_location_in_every_format() throws Exception {
        Path feed = home.resolve("feed.jsonl");
        Files.write(
                feed,
                List.of(
                        jsonLine("j1", "source", "wire"),
                        "{\"id\":\"j2\",\"text\":\"Ankara called for calm.\\u0000 Damascus did not.\"}",
                        jsonLine("j3", "title", "A title with a NUL\u0000 in it"),
                        jsonLine("j4", "published", "+999999999-12-31"),
                        "{\"id\":\"j5\",\"text\":\"A lone \\ud800 surrogate in the text.\"}",
                        jsonLine("j6", "url", "javascript:alert(1)"),
                        jsonLine("j7", "source", "wire")),
                StandardCharsets.UTF_8);
        Path gz = home.resolve("more.jsonl.gz");
        gzip(gz, jsonLine("g1", "title", "\u0000") + "\n" + jsonLine("g2", null, null) + "\n");
        Path csv = home.resolve("wire.csv");
        Files.writeString(
                csv,
                "id,title,text,published,url\n"
                        + "c1,Fine," + quoted(news("c1")) + ",2018-09-08,https://example.org/c1\n"
                        + "c2,NUL in text," + quoted(news("c2") + "\u0000") + ",2018-09-08,\n"
                        + "c3,Far future," + quoted(news("c3")) + ",+999999999-12-31,\n"
                        + "c4,Not the web," + quoted(news("c4")) + ",2018-09-08,ftp://example.org/c4\n"
                        + "c5,Fine too," + quoted(news("c5")) + ",2018-09-08,\n",
                StandardCharsets.UTF_8);
        Path texts = Files.createDirectories(home.resolve("texts"));
        Files.writeString(texts.resolve("t1.txt"), "Ceasefire talks in Sochi\n\n" + news("t1"));
        Files.write(texts.resolve("t2.txt"), ("Binary\n" + news("t2") + "\u0000").getBytes(StandardCharsets.UTF_8));
        Files.writeString(texts.resolve("t3.txt"), "Talks about a ceasefire\n3000-01-01\n\n" + news("t3"));
        gzip(
                texts.resolve("t4.txt.gz"),
                "Talks about a ceasefire\n\n" + news("t4") + "\nOriginal url: http://[broken/\n");
        Path rejects = home.resolve("rejects.jsonl");

        CliRun run = CliRun.run(
                home,
                "load",
                "--rejects",
                rejects.toString(),
                feed.toString(),
                gz.toString(),
                csv.toString(),
                texts.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.err())
                .contains("rejected " + feed + ":2: text holds a NUL character (U+0000) at offset 23")
                .contains("rejected " + feed + ":3: title holds a NUL character (U+0000)")
                .contains("rejected " + feed
                        + ":4: published must lie between 1900-01-01 and 2100-12-31, was +999999999-12-31")
                .contains("rejected " + feed + ":5: text holds an unpaired surrogate (U+D800)")
                .contains(
                        "rejected " + feed + ":6: url must be an absolute http or https URL, was 'javascript:alert(1)'")
                .contains("rejected " + gz + ":1: title holds a NUL character (U+0000)")
                .contains("rejected " + csv + ":row 2: text holds a NUL character (U+0000)")
                .contains("rejected " + csv + ":row 3: published must lie between 1900-01-01 and 2100-12-31")
                .contains("rejected " + csv + ":row 4: url must be an absolute http or https URL")
                .contains("rejected " + texts.resolve("t2.txt") + ": binary file: NUL byte")
                .contains("rejected " + texts.resolve("t3.txt")
                        + ": published must lie between 1900-01-01 and 2100-12-31, was 3000-01-01")
                .contains("rejected " + texts.resolve("t4.txt.gz") + ": url must be an absolute http or https URL");
        assertThat(run.out()).contains("read 18, loaded 6, skipped 0 already present, rejected 12");
        assertThat(rejects(rejects)).hasSize(12).allSatisfy(r -> {
            assertThat(r.path("location").asText()).isNotBlank();
            assertThat(r.path("reason").asText()).isNotBlank();
        });
        assertThat(rejects(rejects)).anySatisfy(r -> {
            assertThat(r.get("location").asText()).isEqualTo(feed + ":5");
            assertThat(r.get("record").get("id").asText()).isEqualTo("j5");
        });
        assertThat(StoredArticles.keys(home))
                .containsExactly("files:c1", "files:c5", "files:g2", "files:t1.txt", "wire:j1", "wire:j7");
    }

    @Test
    void a_default_publication_day_out_of_range_is_a_usage_error() {
        CliRun run = CliRun.run(home, "load", "--published", "3000-01-01", home.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--published must lie between 1900-01-01 and 2100-12-31, was 3000-01-01");
    }

    @Test
    void an_id_stored_with_another_text_is_rejected_with_its_file_and_line() throws Exception {
        Path first = home.resolve("first.jsonl");
        Files.write(
                first,
                List.of(
                        jsonLine("k1", "source", "wire"),
                        jsonLine("k2", "source", "wire"),
                        "{\"id\":\"k1\",\"source\":\"wire\",\"text\":\"Another text under the same id, in the same load.\"}"),
                StandardCharsets.UTF_8);
        Path second = home.resolve("second.csv");
        Files.writeString(second, "id,source,text\nk2,wire,A changed text under an id stored by an earlier load.\n");
        Path rejects = home.resolve("rejects.jsonl");

        CliRun one = CliRun.run(home, "load", "--rejects", rejects.toString(), first.toString());
        CliRun two = CliRun.run(home, "load", "--rejects", rejects.toString(), second.toString());

        assertThat(one.exitCode()).as(one.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(one.err())
                .contains("rejected " + first + ":3: wire:k1 is already stored with a different text; not overwritten");
        assertThat(two.exitCode()).as(two.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(two.err())
                .contains("rejected " + second
                        + ":row 1: wire:k2 is already stored with a different text; not overwritten");
        assertThat(rejects(rejects))
                .extracting(r -> r.get("location").asText())
                .containsExactly(first + ":3", second + ":row 1");
        assertThat(StoredArticles.keys(home)).containsExactly("wire:k1", "wire:k2");
    }

    @Test
    void a_batch_the_database_refuses_is_stored_one_by_one_and_only_the_refused_records_are_rejected()
            throws Exception {
        // An id whose random characters do not compress is too long for the unique index on (source, id):
        // it passes every check before the database and fails there.
        Random random = new Random(5);
        StringBuilder longId = new StringBuilder();
        while (longId.length() < 9000) {
            longId.append((char) ('a' + random.nextInt(26))).append((char) ('A' + random.nextInt(26)));
        }
        Path feed = home.resolve("feed.jsonl");
        Files.write(
                feed,
                List.of(
                        jsonLine("r1", null, null),
                        jsonLine(longId.toString(), null, null),
                        jsonLine("r3", null, null),
                        jsonLine("r4", "title", "Refused by the test"),
                        jsonLine("r5", null, null),
                        jsonLine("r6", null, null)),
                StandardCharsets.UTF_8);
        Path rejects = home.resolve("rejects.jsonl");
        try (Database database = Database.open(DatabaseSettings.embeddedAt(home))) {
            database.migrate();
            try (Connection c = database.connect();
                    Statement s = c.createStatement()) {
                // What a database may refuse that the loader cannot know of: a rule of the test's own.
                s.execute(
                        "ALTER TABLE article ADD CONSTRAINT test_refuses_a_title CHECK (title IS DISTINCT FROM 'Refused by the test')");
            }

            CliRun run = CliRun.run(home, "load", "--rejects", rejects.toString(), feed.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
            assertThat(run.err())
                    .contains("rejected " + feed + ":2: refused by the database: index row")
                    .contains("rejected " + feed + ":4: refused by the database: new row for relation \"article\" "
                            + "violates check constraint \"test_refuses_a_title\"");
            assertThat(run.out()).contains("read 6, loaded 4, skipped 0 already present, rejected 2");
            assertThat(rejects(rejects))
                    .extracting(r -> r.get("location").asText())
                    .containsExactly(feed + ":2", feed + ":4");
            assertThat(StoredArticles.keys(home)).containsExactly("files:r1", "files:r3", "files:r5", "files:r6");

            CliRun again = CliRun.run(home, "load", feed.toString());
            assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.OK);
            assertThat(again.out()).contains("read 0, loaded 0").contains("resumed after 6 records");
        }
    }

    @Test
    void a_json_line_with_anything_after_its_object_is_rejected() throws Exception {
        Path feed = home.resolve("feed.jsonl");
        Files.write(
                feed,
                List.of(
                        jsonLine("x1", null, null) + " trailing",
                        jsonLine("x2", null, null) + jsonLine("x3", null, null),
                        jsonLine("x4", null, null) + " \r",
                        jsonLine("x5", null, null) + "]"),
                StandardCharsets.UTF_8);
        Path rejects = home.resolve("rejects.jsonl");

        CliRun run = CliRun.run(home, "load", "--rejects", rejects.toString(), feed.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.err())
                .contains("rejected " + feed + ":1: text after the JSON object; a line holds one object")
                .contains("rejected " + feed + ":2: text after the JSON object; a line holds one object")
                .contains("rejected " + feed + ":4: text after the JSON object; a line holds one object");
        assertThat(run.out()).contains("read 4, loaded 1, skipped 0 already present, rejected 3");
        assertThat(rejects(rejects))
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.get("line").asText()).startsWith("{\"id\":\"x"));
        assertThat(StoredArticles.keys(home)).containsExactly("files:x4");
    }

    @Test
    void a_gzip_file_cut_short_keeps_the_records_before_the_cut_and_rejects_the_rest_at_its_line() throws Exception {
        // Words that do not compress, so that the cut falls after many records: zlib gives nothing of a
        // deflate block it has not read to its end.
        Random random = new Random(11);
        StringBuilder jsonl = new StringBuilder();
        StringBuilder csv = new StringBuilder("id,text\n");
        for (int i = 0; i < 500; i++) {
            StringBuilder words = new StringBuilder("Report");
            for (int w = 0; w < 60; w++) {
                words.append(' ').append(Long.toString(random.nextLong() & 0xFFFFFFL, 36));
            }
            jsonl.append(JSON.createObjectNode().put("id", "cut" + i).put("text", words.toString()))
                    .append('\n');
            csv.append("row").append(i).append(',').append(words.reverse()).append('\n');
        }
        Path feed = home.resolve("cut.jsonl.gz");
        Path table = home.resolve("cut.csv.gz");
        for (Path file : List.of(feed, table)) {
            gzip(file, file == feed ? jsonl.toString() : csv.toString());
            byte[] whole = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        }

        CliRun run = CliRun.run(home, "load", feed.toString(), table.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        List<String> stored = StoredArticles.keys(home);
        long lines = stored.stream().filter(k -> k.startsWith("files:cut")).count();
        long rows = stored.stream().filter(k -> k.startsWith("files:row")).count();
        assertThat(lines).isBetween(1L, 499L);
        assertThat(rows).isBetween(1L, 499L);
        assertThat(run.err())
                .contains("rejected " + feed + ":" + (lines + 1)
                        + ": the rest of the file cannot be read: unexpected end of ZLIB input stream")
                .contains("rejected " + table + ":row " + (rows + 1)
                        + ": the rest of the file cannot be read: unexpected end of ZLIB input stream");
    }

    @Test
    void a_malformed_csv_row_is_rejected_alone_at_its_row() throws Exception {
        Path table = home.resolve("table.csv");
        Files.writeString(
                table,
                "id,text\n"
                        + "m1," + quoted(news("m1")) + "\n"
                        + "m2,\"Junk\"after the quote\n"
                        + "m3," + quoted(news("m3")) + "\n");

        CliRun run = CliRun.run(home, "load", table.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.err())
                .contains("rejected " + table + ":row 2: malformed CSV: "
                        + "Invalid character between encapsulated token and delimiter at character 10 of the row");
        assertThat(StoredArticles.keys(home)).containsExactly("files:m1", "files:m3");
    }
}
