package org.stancetracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin jar shipped with the job: the example plugin ({@code warnings}), built by this build, runs
 * on the executors from its jar, in its own class loader, as it does under {@code stance load}. And
 * the same job re-extracts stored articles with one extractor, as {@code stance extract} does.
 */
class SparkPluginTest {
    private static final Path PLUGIN = Path.of(System.getProperty("stance.example.plugin.jar"));

    @TempDir
    Path work;

    @Test
    void a_plugin_jar_shipped_with_the_job_gives_its_stances() throws IOException {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Files.copy(PLUGIN, plugins.resolve(PLUGIN.getFileName()));
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Corpus.write(corpus);
        String viaSpark = TestDatabases.fresh();
        String viaCli = TestDatabases.fresh();

        Runs.Run spark = Runs.spark(
                viaSpark,
                work,
                "--plugins",
                plugins.toString(),
                "--rejects",
                work.resolve("rejects").toString(),
                corpus.toString());
        Runs.Run cli = Runs.stance(viaCli, work, "load", "--plugins", plugins.toString(), corpus.toString());

        assertThat(spark.exitCode()).as(spark.err()).isZero();
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(spark.err()).containsPattern("extractor warnings \\S+ from .*" + PLUGIN.getFileName());
        long warnings =
                TestDatabases.count(viaSpark, "SELECT count(*) FROM stance_evidence WHERE extractor_name = 'warnings'");
        assertThat(warnings).isPositive();
        assertThat(Runs.export(viaSpark, work)).isEqualTo(Runs.export(viaCli, work));
    }

    @Test
    void from_the_database_it_replaces_one_extractors_findings_as_stance_extract_does() throws IOException {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Corpus.write(corpus);
        String viaSpark = TestDatabases.fresh();
        String viaCli = TestDatabases.fresh();
        for (String database : new String[] {viaSpark, viaCli}) {
            Runs.Run load = Runs.stance(database, work, "load", "--plugins", plugins.toString(), corpus.toString());
            assertThat(load.exitCode()).as(load.err()).isZero();
        }
        // A new extractor arrives after the articles are stored: it runs over all of them.
        Files.copy(PLUGIN, plugins.resolve(PLUGIN.getFileName()));

        Runs.Run spark = Runs.spark(
                viaSpark,
                work,
                "--from-database",
                "--extractor",
                "warnings",
                "--partitions",
                "3",
                "--plugins",
                plugins.toString());
        Runs.Run cli = Runs.stance(viaCli, work, "extract", "--extractor", "warnings", "--plugins", plugins.toString());

        assertThat(spark.exitCode()).as(spark.err()).isZero();
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(spark.out())
                .containsPattern(
                        "re-extracted \\d+ articles with \\[warnings\\] in 3 partitions: findings 0 before, [1-9]\\d* after");
        String exported = Runs.export(viaSpark, work);
        assertThat(exported).contains("\"warnings\"").isEqualTo(Runs.export(viaCli, work));

        // Run again: the same findings replace themselves, nothing is added.
        Runs.Run again = Runs.spark(
                viaSpark, work, "--from-database", "--extractor", "warnings", "--plugins", plugins.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Runs.export(viaSpark, work)).isEqualTo(exported);
    }
}
