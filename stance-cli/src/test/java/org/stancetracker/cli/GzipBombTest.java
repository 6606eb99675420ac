package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --max-size} bounds every line, field and file while it is read, whatever it unpacks to, and
 * what a record is parsed into stays in proportion to its size: a load of gzip bombs runs in a JVM of
 * 256 MB, rejects each bomb with its location and goes on.
 */
class GzipBombTest {
    static final long GIGABYTE = 1L << 30;

    @TempDir
    Path home;

    /**
     * Writes a gzip file that unpacks to {@code before}, then {@code bytes} times {@code filler}, then
     * {@code after}. It is written as gzip members one after another, which gzip readers join: one
     * megabyte of filler compressed once and written a thousand times makes a gigabyte in a megabyte.
     */
    static void gzipBomb(Path file, String before, char filler, long bytes, String after) throws IOException {
        byte[] megabyte = new byte[1 << 20];
        Arrays.fill(megabyte, (byte) filler);
        byte[] compressedMegabyte = gzip(megabyte, megabyte.length);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(gzip(before.getBytes(StandardCharsets.UTF_8)));
            for (long written = 0; written < bytes; written += megabyte.length) {
                out.write(
                        bytes - written >= megabyte.length
                                ? compressedMegabyte
                                : gzip(megabyte, (int) (bytes - written)));
            }
            out.write(gzip(after.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        return gzip(content, content.length);
    }

    private static byte[] gzip(byte[] content, int length) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content, 0, length);
        }
        return bytes.toByteArray();
    }

    @Test
    void gigabyte_fields_lines_headers_and_files_are_rejected_and_the_load_goes_on_in_a_small_heap() throws Exception {
        String good = HostileRecordsTest.news("b1");
        Path csv = home.resolve("archive.csv.gz");
        gzipBomb(
                csv,
                "id,text\nb1,\"" + good + "\"\nb2,\"",
                'a',
                GIGABYTE,
                "\"\nb3,\"" + HostileRecordsTest.news("b3") + "\"\nb4," + ",".repeat(4_000_000) + "\nb5,unquoted ");
        Path unquoted = home.resolve("unquoted.csv.gz");
        gzipBomb(unquoted, "id,text\nu1,", 'z', GIGABYTE, "\nu2,\"" + HostileRecordsTest.news("u2") + "\"\n");
        Path header = home.resolve("header.csv.gz");
        gzipBomb(header, "id,text,", 'h', GIGABYTE, "\nh1,never read\n");
        Path jsonl = home.resolve("feed.jsonl.gz");
        gzipBomb(
                jsonl,
                HostileRecordsTest.jsonLine("j1", null, null) + "\n{\"id\":\"j2\",\"text\":\"",
                'j',
                GIGABYTE,
                "\"}\n" + HostileRecordsTest.jsonLine("j3", null, null) + "\n");
        Path text = home.resolve("story.txt.gz");
        gzipBomb(text, "A story\n\n", 't', GIGABYTE, "\n");
        Path rejects = home.resolve("rejects.jsonl");

        ChildRun run = ChildRun.run(
                home,
                "load",
                "--rejects",
                rejects.toString(),
                csv.toString(),
                unquoted.toString(),
                header.toString(),
                jsonl.toString(),
                text.toString());

        assertThat(run.err()).doesNotContain("OutOfMemoryError");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.err())
                .contains("rejected " + csv + ":row 2: too large: over 5242880 bytes")
                .contains("rejected " + csv + ":row 4: has 4000002 fields, the header has 2")
                .contains("rejected " + unquoted + ":row 1: too large: over 5242880 bytes")
                .contains(
                        "rejected " + header + ":1: the header is too large: over 5242880 bytes; the file is not read")
                .contains("rejected " + jsonl + ":2: too large: over 5242880 bytes")
                .contains("rejected " + text + ": too large: over 5242880 bytes once decompressed");
        assertThat(run.out()).contains("loaded 6,");
        assertThat(HostileRecordsTest.rejects(rejects)).hasSize(6);
        assertThat(StoredArticles.keys(home))
                .containsExactly("files:b1", "files:b3", "files:b5", "files:j1", "files:j3", "files:u2");
    }

    @Test
    void a_json_line_of_millions_of_tiny_values_is_read_without_building_them() throws Exception {
        // Three bytes of JSON, "{}," make an object node of some hundred bytes: parsed into a tree, a line
        // within --max-size would take thirty times its size of heap.
        String tiny = ",{}".repeat(5_000_000).substring(1);
        Path feed = home.resolve("feed.jsonl");
        Files.write(
                feed,
                List.of(
                        HostileRecordsTest.jsonLine("m1", null, null),
                        "{\"id\":\"m2\",\"extra\":[" + tiny + "],\"text\":\"" + HostileRecordsTest.news("m2") + "\"}",
                        "{\"id\":\"m3\",\"extra\":[" + tiny + "],\"text\":\"\"}",
                        HostileRecordsTest.jsonLine("m4", null, null)),
                StandardCharsets.UTF_8);
        Path rejects = home.resolve("rejects.jsonl");

        ChildRun run = ChildRun.run(
                home, "load", "--max-size", String.valueOf(20 << 20), "--rejects", rejects.toString(), feed.toString());

        assertThat(run.err()).doesNotContain("OutOfMemoryError");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.err()).contains("rejected " + feed + ":3: empty \"text\"");
        assertThat(HostileRecordsTest.rejects(rejects))
                .singleElement()
                .satisfies(r -> assertThat(r.get("record").get("id").asText()).isEqualTo("m3"));
        assertThat(StoredArticles.keys(home)).containsExactly("files:m1", "files:m2", "files:m4");
    }
}
