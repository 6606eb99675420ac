package org.stancetracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job against {@code stance load}: same corpus, same stances, on real PostgreSQL. */
class SparkLoadTest {
    @TempDir
    Path work;

    @Test
    void the_same_corpus_through_spark_and_through_stance_load_gives_identical_exports() throws IOException {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        int articles = Corpus.write(corpus);
        String viaSpark = TestDatabases.fresh();
        String viaCli = TestDatabases.fresh();

        Runs.Run spark = Runs.spark(
                viaSpark,
                work,
                "--partitions",
                "4",
                "--rejects",
                work.resolve("rejects").toString(),
                corpus.toString());
        Runs.Run cli = Runs.stance(viaCli, work, "load", corpus.toString());

        assertThat(spark.exitCode()).as(spark.err()).isZero();
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(spark.out()).contains("read " + articles + ", loaded " + articles + ", skipped 0");
        assertThat(spark.err()).contains("in 4 partitions");
        String exported = Runs.export(viaSpark, work);
        assertThat(exported.lines().count()).isGreaterThan(50);
        assertThat(exported).isEqualTo(Runs.export(viaCli, work));

        // A rerun of the whole job adds nothing, and says so.
        Runs.Run again = Runs.spark(
                viaSpark,
                work,
                "--partitions",
                "3",
                "--rejects",
                work.resolve("rejects").toString(),
                corpus.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out())
                .contains("loaded 0, skipped " + articles + " already present")
                .contains("(+0)");
        assertThat(Runs.export(viaSpark, work)).isEqualTo(exported);
    }

    @Test
    void bad_records_land_in_the_rejects_output_with_their_file_line_or_row_and_reason() throws IOException {
        Path input = Files.createDirectories(work.resolve("input"));
        Files.writeString(input.resolve("mixed.jsonl"), """
                {"id": "ok-1", "text": "Turkey said on Monday it supports a ceasefire in Idlib.", "published": "2018-09-10"}
                {"id": "broken", "text": "no closing brace"
                {"id": "no-text"}
                {"id": "ok-2", "text": "France called for a ceasefire in Idlib on Tuesday.", "published": "2018-09-11"}
                """);
        Files.writeString(
                input.resolve("rows.csv"),
                "id,text,date\nrow-ok,Germany backed the buffer zone in Idlib.,2018-09-18\nrow-bad,Iran spoke.,2018-02-31\n");
        String database = TestDatabases.fresh();
        Path rejects = work.resolve("rejects");

        Runs.Run run = Runs.spark(
                database,
                work,
                "--rejects",
                rejects.toString(),
                input.toString(),
                work.resolve("missing.jsonl").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(StanceSparkJob.PARTIAL);
        assertThat(run.out()).contains("loaded 3").contains("rejected 4");
        List<String> lines = rejectLines(rejects);
        assertThat(lines).hasSize(4);
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).contains("mixed.jsonl:2\"").contains("\"reason\""));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).contains("mixed.jsonl:3\"").contains("text"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).contains("rows.csv:row 2\"").contains("2018-02-31"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).contains("missing.jsonl\"").contains("no such file or directory"));
        assertThat(run.err()).contains("rejected 4 records; written to " + rejects);
        assertThat(TestDatabases.count(database, "SELECT count(*) FROM article"))
                .isEqualTo(3);
    }

    static List<String> rejectLines(Path directory) throws IOException {
        try (Stream<Path> parts = Files.list(directory)) {
            return parts.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .sorted()
                    .flatMap(p -> {
                        try {
                            return Files.readAllLines(p, StandardCharsets.UTF_8).stream();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .filter(l -> !l.isBlank())
                    .toList();
        }
    }
}
