package org.stancetracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One large JSON Lines file read by several tasks, each a byte range of it: however it is cut, every
 * record is read once (the export is {@code stance load}'s), and every rejection names the file's own
 * line, as {@code stance load}'s does.
 */
class SparkRangesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    private static Path file;
    private static StraddlingFile.Written written;
    private static String expectedExport;
    private static List<String> expectedRejects;

    @BeforeAll
    static void oneFileAndWhatStanceLoadMakesOfIt() throws IOException {
        file = Files.createDirectories(work.resolve("input")).resolve("wire.jsonl");
        written = StraddlingFile.write(file);
        String reference = TestDatabases.fresh();
        Path cliRejects = work.resolve("cli-rejects.jsonl");
        Runs.Run load = Runs.stance(reference, work, "load", "--rejects", cliRejects.toString(), file.toString());
        assertThat(load.exitCode()).as(load.err()).isEqualTo(StanceSparkJob.PARTIAL);
        assertThat(load.out()).contains("loaded " + written.articles() + ",");
        expectedExport = Runs.export(reference, work);
        expectedRejects = fileLinesAndReasons(Files.readAllLines(cliRejects));
    }

    @Test
    void the_file_is_built_as_the_tests_need_it() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).hasSize(StraddlingFile.UNITS * StraddlingFile.UNIT);
        assertThat(written.boundaries())
                .as("every boundary lies inside a line, not at its start")
                .allSatisfy(b -> assertThat(bytes[(int) (b - 1)]).isNotEqualTo((byte) '\n'));
        assertThat(written.boundaries())
                .as("one boundary cuts a multi-byte character")
                .anySatisfy(b -> assertThat(bytes[b.intValue()] & 0xC0).isEqualTo(0x80));
        assertThat(written.boundaries())
                .as("one boundary falls between a CR and its LF")
                .anySatisfy(b -> assertThat(new String(bytes, (int) (b - 1), 2)).isEqualTo("\r\n"));
        assertThat(expectedRejects).hasSize(written.rejectedLines().size());
        assertThat(expectedExport.lines().count()).as("stances exported").isGreaterThan(written.articles() / 2);
    }

    @Test
    void cut_in_2_4_and_7_ranges_the_file_loads_as_stance_load_loads_it_and_its_rejections_name_their_lines()
            throws IOException {
        for (int ranges : new int[] {2, 4, 7}) {
            String database = TestDatabases.fresh();
            Path rejects = work.resolve("rejects-" + ranges);
            long rangeBytes = (long) StraddlingFile.UNITS * StraddlingFile.UNIT / ranges;

            Runs.Run run = Runs.spark(
                    database,
                    work,
                    "--max-split-bytes",
                    Long.toString(rangeBytes),
                    "--rejects",
                    rejects.toString(),
                    file.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(StanceSparkJob.PARTIAL);
            assertThat(run.err()).contains("1 files in " + ranges + " partitions; 1 read in " + ranges + " ranges");
            assertThat(run.out())
                    .as("%d ranges", ranges)
                    .as("%d ranges: each record read once, none twice (skipped 0), none missed", ranges)
                    .contains("read "
                            + (written.articles() + written.rejectedLines().size()) + ", loaded "
                            + written.articles() + ", skipped 0 already present, rejected "
                            + written.rejectedLines().size());
            assertThat(Runs.export(database, work)).as("%d ranges", ranges).isEqualTo(expectedExport);
            assertThat(fileLinesAndReasons(SparkLoadTest.rejectLines(rejects)))
                    .as("%d ranges", ranges)
                    .containsExactlyInAnyOrderElementsOf(expectedRejects);
        }
    }

    @Test
    void ranges_whose_first_attempts_die_after_a_commit_are_retried_and_add_nothing_twice() throws IOException {
        String database = TestDatabases.fresh();
        Path rejects = work.resolve("rejects-retried");

        Runs.Run run = Runs.spark(
                database,
                work,
                "--max-split-bytes",
                Long.toString((long) StraddlingFile.UNITS * StraddlingFile.UNIT / 4),
                "--batch-size",
                "1",
                "--fail-once-after-commit",
                "--rejects",
                rejects.toString(),
                file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(StanceSparkJob.PARTIAL);
        // Each of the 4 tasks stored one article before its first attempt died; the retries found them.
        assertThat(run.out())
                .contains("loaded " + (written.articles() - 4) + ", skipped 4 already present")
                .contains("database: " + written.articles() + " articles (+" + written.articles() + ")");
        assertThat(Runs.export(database, work)).isEqualTo(expectedExport);
        // Only the kept attempts' rejections are written: each once, at its line.
        assertThat(fileLinesAndReasons(SparkLoadTest.rejectLines(rejects)))
                .containsExactlyInAnyOrderElementsOf(expectedRejects);
    }

    @Test
    void a_gzip_file_is_read_whole_whatever_its_name_and_the_job_warns_that_it_holds_most_of_the_input()
            throws IOException {
        // Gzip content under a .jsonl name: the readers go by the magic number, and so must the split.
        Path input = Files.createDirectories(work.resolve("gzip-input"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(input.resolve("wire.jsonl")))) {
            out.write(Files.readAllBytes(file));
        }
        // A CSV row whose quoted text holds a line break: only a reader from the file's start can tell.
        try (CSVPrinter csv = CSVFormat.RFC4180
                .builder()
                .setHeader("id", "text", "date")
                .get()
                .print(Files.newBufferedWriter(input.resolve("desk.csv")))) {
            csv.printRecord(
                    "desk-1", "Jordan said on Monday it backs the talks.\nIts envoy will attend.", "2018-09-17");
            csv.printRecord("desk-2", "Qatar said on Tuesday it supports a ceasefire in Idlib.", "2018-09-18");
        }
        String viaSpark = TestDatabases.fresh();
        String viaCli = TestDatabases.fresh();

        Runs.Run run = Runs.spark(
                viaSpark,
                work,
                "--max-split-bytes",
                "100",
                "--rejects",
                work.resolve("rejects-gzip").toString(),
                input.toString());
        Runs.Run cli = Runs.stance(viaCli, work, "load", input.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(StanceSparkJob.PARTIAL);
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(StanceSparkJob.PARTIAL);
        assertThat(run.err())
                .contains("2 files in 2 partitions\n")
                .containsPattern("warning: file:\\S+/gzip-input/wire.jsonl holds \\d+% of the input and one task reads"
                        + " it while the other cores wait \\(gzip cannot be read from the middle")
                .doesNotContain("desk.csv holds");
        assertThat(Runs.export(viaSpark, work)).isEqualTo(Runs.export(viaCli, work));
    }

    @Test
    void small_files_are_read_whole_with_no_warning() throws IOException {
        String database = TestDatabases.fresh();
        Runs.Run run = Runs.spark(
                database,
                work,
                "--partitions",
                "2",
                "--rejects",
                work.resolve("rejects-small").toString(),
                file.toString());
        assertThat(run.err()).contains("1 files in 1 partitions\n").doesNotContain("warning");
        assertThat(Runs.export(database, work)).isEqualTo(expectedExport);
    }

    /** Each rejection as "file:line reason", whichever loader wrote it and however it names the file. */
    private static List<String> fileLinesAndReasons(List<String> rejectLines) throws IOException {
        List<String> described = new java.util.ArrayList<>();
        for (String line : rejectLines) {
            JsonNode rejection = JSON.readTree(line);
            String location = rejection.get("location").asText();
            described.add(location.substring(location.lastIndexOf('/') + 1) + " "
                    + rejection.get("reason").asText());
        }
        return described;
    }
}
