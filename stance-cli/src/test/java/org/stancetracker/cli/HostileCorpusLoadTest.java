package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader against an archive of every hostile input it is known to meet, mixed with good records,
 * in every format (text, JSON Lines, CSV, each plain and gzip): NULs, unpaired surrogates, days out of
 * range, URLs that are not web addresses, text after a JSON object, malformed records, an id the
 * database refuses, ids stored with another text, gigabyte gzip bombs in a field, a line, a header
 * and a file, unreadable directories and files, links to nothing and in loops. (A path named on the
 * command line that does not exist is a usage error before anything starts: CommandLineMistakesTest.)
 *
 * <p>One load of it, in a JVM of 256 MB, ends with exit 3; every rejection, in the rejects file,
 * has its location and reason, exactly those expected; every good record is stored. Run again, it
 * stores nothing more and rejects again exactly what it reads again: the inputs read whole. The
 * JSON Lines and CSV files it finished are resumed past their progress marks, so their records'
 * rejections are not repeated.
 */
class HostileCorpusLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    /** What the corpus holds that the load must reject (location to a part of the reason) and store. */
    private final Map<String, String> rejected = new LinkedHashMap<>();

    private final List<String> whole = new ArrayList<>();
    private final TreeSet<String> stored = new TreeSet<>();

    private static String wire(String id, String field, String value) {
        ObjectNode node =
                JSON.createObjectNode().put("id", id).put("source", "wire").put("text", HostileRecordsTest.news(id));
        if (field != null) {
            node.put(field, value);
        }
        return node.toString();
    }

    private void reject(String location, String reason) {
        rejected.put(location, reason);
    }

    /** A rejection of an input as a whole, which a second load makes again. */
    private void rejectWhole(String location, String reason) {
        rejected.put(location, reason);
        whole.add(location);
    }

    @Test
    void a_hostile_archive_loads_every_good_record_rejects_each_bad_one_with_where_and_why_and_reloads_idempotently()
            throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Path earlier = work.resolve("earlier.jsonl");
        Files.writeString(earlier, wire("clash", null, null) + "\n");
        stored.add("wire:clash");

        Path feed = corpus.resolve("feed.jsonl");
        Random random = new Random(7);
        StringBuilder longId = new StringBuilder();
        while (longId.length() < 9000) {
            longId.append((char) ('a' + random.nextInt(26))).append((char) ('A' + random.nextInt(26)));
        }
        Files.write(
                feed,
                List.of(
                        wire("f1", null, null),
                        "{\"id\":\"f2\",\"source\":\"wire\",\"text\":\"Ankara called for calm.\\u0000\"}",
                        wire("f3", "title", "A NUL\u0000 in the title"),
                        wire("f4", "published", "+999999999-12-31"),
                        "{\"id\":\"f5\",\"source\":\"wire\",\"text\":\"A lone \\udc00 surrogate.\"}",
                        wire("f6", "url", "javascript:alert(1)"),
                        wire("f7", null, null) + " trailing",
                        wire("f8", null, null) + wire("f8b", null, null),
                        "{not json",
                        "",
                        wire("f10", "text", " "),
                        "{\"source\":\"wire\",\"text\":\"No id at all in this record.\"}",
                        wire(longId.toString(), null, null),
                        "{\"id\":\"clash\",\"source\":\"wire\",\"text\":\"Another text under an id an earlier load stored.\"}",
                        wire("f14", null, null),
                        "{\"id\":\"f1\",\"source\":\"wire\",\"text\":\"Another text under an id stored by this load.\"}",
                        wire("f16", "url", "https://example.org/news/f16")),
                StandardCharsets.UTF_8);
        stored.addAll(List.of("wire:f1", "wire:f14", "wire:f16"));
        reject(feed + ":2", "text holds a NUL character (U+0000)");
        reject(feed + ":3", "title holds a NUL character (U+0000)");
        reject(feed + ":4", "published must lie between 1900-01-01 and 2100-12-31");
        reject(feed + ":5", "text holds an unpaired surrogate (U+DC00)");
        reject(feed + ":6", "url must be an absolute http or https URL");
        reject(feed + ":7", "text after the JSON object");
        reject(feed + ":8", "text after the JSON object");
        reject(feed + ":9", "malformed JSON");
        reject(feed + ":11", "empty \"text\"");
        reject(feed + ":12", "no \"id\"");
        reject(feed + ":13", "refused by the database: index row requires");
        reject(feed + ":14", "wire:clash is already stored with a different text");
        reject(feed + ":16", "wire:f1 is already stored with a different text");

        Path jsonBomb = corpus.resolve("bomb.jsonl.gz");
        GzipBombTest.gzipBomb(
                jsonBomb,
                HostileRecordsTest.jsonLine("g1", null, null) + "\n{\"id\":\"g2\",\"text\":\"",
                'j',
                GzipBombTest.GIGABYTE,
                "\"}\n" + HostileRecordsTest.jsonLine("g3", "title", "\u0000") + "\n"
                        + HostileRecordsTest.jsonLine("g4", null, null) + "\n");
        stored.addAll(List.of("files:g1", "files:g4"));
        reject(jsonBomb + ":2", "too large: over 5242880 bytes");
        reject(jsonBomb + ":3", "title holds a NUL character");

        Path csvBomb = corpus.resolve("archive.csv.gz");
        GzipBombTest.gzipBomb(
                csvBomb,
                "id,title,text,published,url\n"
                        + "c1,Fine," + HostileRecordsTest.quoted(HostileRecordsTest.news("c1"))
                        + ",2018-09-08,https://example.org/c1\n"
                        + "c2,A bomb,\"",
                'c',
                GzipBombTest.GIGABYTE,
                "\",2018-09-08,\n"
                        + "c3,NUL," + HostileRecordsTest.quoted(HostileRecordsTest.news("c3") + "\u0000")
                        + ",2018-09-08,\n"
                        + "c4,Bad date," + HostileRecordsTest.quoted(HostileRecordsTest.news("c4")) + ",07/09/2018,\n"
                        + "c5,Too many,fields,2018-09-08,,extra\n"
                        + "c6,Not the web," + HostileRecordsTest.quoted(HostileRecordsTest.news("c6"))
                        + ",2018-09-08,ftp://example.org/c6\n"
                        + "c7,\"Junk\"after the quote,text,2018-09-08,\n"
                        + "c8,Fine too," + HostileRecordsTest.quoted(HostileRecordsTest.news("c8")) + ",,\n");
        stored.addAll(List.of("files:c1", "files:c8"));
        reject(csvBomb + ":row 2", "too large: over 5242880 bytes");
        reject(csvBomb + ":row 3", "text holds a NUL character");
        reject(csvBomb + ":row 4", "unparseable date '07/09/2018'");
        reject(csvBomb + ":row 5", "has 6 fields, the header has 5");
        reject(csvBomb + ":row 6", "url must be an absolute http or https URL");
        reject(csvBomb + ":row 7", "malformed CSV");

        Path headerBomb = corpus.resolve("header.csv.gz");
        GzipBombTest.gzipBomb(headerBomb, "id,text,", 'h', GzipBombTest.GIGABYTE, "\nh1,never read\n");
        rejectWhole(headerBomb + ":1", "the header is too large: over 5242880 bytes; the file is not read");

        Path plainCsv = corpus.resolve("plain.csv");
        Files.writeString(
                plainCsv,
                ",headline,body,publish_date\n"
                        + "p1,Fine," + HostileRecordsTest.quoted(HostileRecordsTest.news("p1")) + ",2018-09-08\n"
                        + "p2,Far future," + HostileRecordsTest.quoted(HostileRecordsTest.news("p2"))
                        + ",+999999999-12-31\n");
        stored.add("files:p1");
        reject(plainCsv + ":row 2", "published must lie between 1900-01-01 and 2100-12-31");

        Path texts = Files.createDirectories(corpus.resolve("texts"));
        Files.writeString(texts.resolve("t1.txt"), "Ceasefire talks in Sochi\n\n" + HostileRecordsTest.news("t1"));
        Files.write(
                texts.resolve("t2.txt"),
                ("Binary\n" + HostileRecordsTest.news("t2") + "\u0000").getBytes(StandardCharsets.UTF_8));
        Files.writeString(
                texts.resolve("t3.txt"), "Talks about a ceasefire\n3000-01-01\n\n" + HostileRecordsTest.news("t3"));
        HostileRecordsTest.gzip(
                texts.resolve("t4.txt.gz"), "Talks about a ceasefire\n\n" + HostileRecordsTest.news("t4"));
        GzipBombTest.gzipBomb(texts.resolve("t5.txt.gz"), "A story\n\n", 't', GzipBombTest.GIGABYTE, "\n");
        Files.write(texts.resolve("t6.txt"), "Caf\u00e9 talks, in Latin-1".getBytes(StandardCharsets.ISO_8859_1));
        Path locked = Files.createDirectories(texts.resolve("locked"));
        Files.writeString(locked.resolve("t7.txt"), HostileRecordsTest.news("t7"));
        Path secret = Files.writeString(texts.resolve("secret.txt"), HostileRecordsTest.news("secret"));
        Files.createSymbolicLink(texts.resolve("dangling.txt"), Path.of("missing.txt"));
        Files.createSymbolicLink(texts.resolve("loop.txt"), Path.of("loop.txt"));
        Files.writeString(
                Files.createDirectories(texts.resolve("sub")).resolve("t8.txt"), HostileRecordsTest.news("t8"));
        Files.createSymbolicLink(texts.resolve("sub/up"), Path.of(".."));
        stored.addAll(List.of("files:t1.txt", "files:t4.txt", "files:t8.txt"));
        rejectWhole(texts.resolve("t2.txt").toString(), "binary file: NUL byte");
        rejectWhole(
                texts.resolve("t3.txt").toString(),
                "published must lie between 1900-01-01 and 2100-12-31, was 3000-01-01");
        rejectWhole(texts.resolve("t5.txt.gz").toString(), "too large: over 5242880 bytes once decompressed");
        rejectWhole(texts.resolve("t6.txt").toString(), "not valid UTF-8");
        rejectWhole(locked.toString(), "cannot be read: permission denied");
        rejectWhole(secret.toString(), "cannot be read: permission denied");
        rejectWhole(texts.resolve("dangling.txt").toString(), "a symbolic link to nothing (missing.txt)");
        rejectWhole(texts.resolve("loop.txt").toString(), "a symbolic link loop");
        rejectWhole(texts.resolve("sub/up").toString(), "a symbolic link loop");

        List<String> asAUser = ChildRun.asAnOrdinaryUser();
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
            String url = "jdbc:postgresql://localhost:" + database.getPort() + "/postgres";
            assertThat(load(database, url, asAUser, "earlier", earlier).run().exitCode())
                    .isEqualTo(ExitCode.OK);

            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
            Load first;
            Load second;
            try {
                first = load(database, url, asAUser, "first", corpus);
                second = load(database, url, asAUser, "second", corpus);
            } finally {
                Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
                Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
            }

            for (Load load : List.of(first, second)) {
                assertThat(load.run().err())
                        .as("no memory error, no stack trace")
                        .doesNotContain("OutOfMemoryError")
                        .doesNotContain("\tat ");
                assertThat(load.run().exitCode()).as(load.run().err()).isEqualTo(ExitCode.PARTIAL);
                assertThat(load.rejects()).allSatisfy(r -> {
                    assertThat(r.path("location").asText()).isNotBlank();
                    assertThat(r.path("reason").asText()).isNotBlank();
                });
            }
            assertThat(locations(first)).containsExactlyInAnyOrderElementsOf(rejected.keySet());
            for (JsonNode r : first.rejects()) {
                assertThat(r.get("reason").asText())
                        .as(r.get("location").asText())
                        .contains(rejected.get(r.get("location").asText()));
            }
            assertThat(first.storedKeys()).containsExactlyElementsOf(stored);
            assertThat(first.run().out()).contains("rejected " + rejected.size() + ",");

            assertThat(locations(second)).containsExactlyInAnyOrderElementsOf(whole);
            assertThat(second.rejects())
                    .allSatisfy(r -> assertThat(first.rejects()).contains(r));
            assertThat(second.storedKeys()).isEqualTo(first.storedKeys());
            assertThat(second.stances()).isEqualTo(first.stances()).isPositive();
            assertThat(second.run().out()).contains("loaded 0,").contains("skipped 3 already present");
        }
    }

    /** One load's run, its rejects file, and what the database holds after it. */
    private record Load(ChildRun run, List<JsonNode> rejects, List<String> storedKeys, long stances) {}

    private Load load(EmbeddedPostgres database, String url, List<String> asAUser, String name, Path... paths)
            throws Exception {
        Path rejects = work.resolve(name + ".rejects.jsonl");
        List<String> args = new ArrayList<>(List.of("load", "--rejects", rejects.toString()));
        for (Path path : paths) {
            args.add(path.toString());
        }
        ProcessBuilder command = ChildRun.command(work, asAUser, ChildRun.SMALL_HEAP, args.toArray(String[]::new));
        command.environment().put("STANCE_DB_URL", url);
        command.environment().put("STANCE_DB_USER", "postgres");
        ChildRun run = ChildRun.run(command, work);
        List<JsonNode> rejected = Files.exists(rejects) ? HostileRecordsTest.rejects(rejects) : List.of();
        try (Connection c = database.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            List<String> keys = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT source || ':' || external_id FROM article")) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            keys.sort(null);
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM stance")) {
                rs.next();
                return new Load(run, rejected, keys, rs.getLong(1));
            }
        }
    }

    private static List<String> locations(Load load) {
        return load.rejects().stream().map(r -> r.get("location").asText()).toList();
    }
}
