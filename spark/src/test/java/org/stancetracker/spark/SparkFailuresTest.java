package org.stancetracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.ExceptionFailure;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once under Spark's own failures: a task that dies after committing is retried, and two
 * attempts of every task race each other; each article is stored once, with its stances once, and the
 * export is the one {@code stance load} gives.
 */
class SparkFailuresTest {
    @TempDir
    static Path work;

    private static Path corpus;
    private static int articles;
    private static String expectedExport;

    /** What a task attempt did, as Spark's listener bus reports it. */
    private static final List<String> failedAttempts = new CopyOnWriteArrayList<>();

    private static final List<String> startedAttempts = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void corpusAndWhatStanceLoadMakesOfIt() throws IOException {
        corpus = Files.createDirectories(work.resolve("corpus"));
        articles = Corpus.write(corpus);
        String reference = TestDatabases.fresh();
        Runs.Run load = Runs.stance(reference, work, "load", corpus.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        expectedExport = Runs.export(reference, work);
        SharedSpark.session().sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskStart(SparkListenerTaskStart start) {
                startedAttempts.add(start.stageId() + "/" + start.taskInfo().index() + "#"
                        + start.taskInfo().attemptNumber());
            }

            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.reason() instanceof ExceptionFailure failure) {
                    failedAttempts.add(failure.toErrorString());
                }
            }
        });
    }

    @Test
    void a_task_that_fails_after_its_commit_is_retried_and_adds_no_duplicate() {
        String database = TestDatabases.fresh();
        failedAttempts.clear();

        // Chunks of one article: the first attempt of each of the 3 tasks commits one article, then dies.
        Runs.Run run = Runs.spark(
                database,
                work,
                "--partitions",
                "3",
                "--batch-size",
                "1",
                "--rejects",
                work.resolve("rejects-retry").toString(),
                "--fail-once-after-commit",
                corpus.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(failedAttempts)
                .hasSize(3)
                .allSatisfy(d -> assertThat(d).contains("failing on purpose after a commit"));
        // The retries found the articles their first attempts had stored, and stored the rest.
        assertThat(run.out()).contains("loaded " + (articles - 3) + ", skipped 3 already present");
        assertThat(run.out()).contains("database: " + articles + " articles (+" + articles + ")");
        assertThat(Runs.export(database, work)).isEqualTo(expectedExport);
    }

    @Test
    void two_attempts_of_every_task_running_at_once_add_no_duplicate() throws Exception {
        // Spark launches a speculative copy of a slow task on a cluster; with a local master it never
        // does (TaskSchedulerImpl starts speculation only when not local). So the copies are made here:
        // the same job twice at once, in two FAIR pools of the shared session, so that each task of one
        // runs beside the same task of the other, on the same files, into the same database.
        String database = TestDatabases.fresh();
        startedAttempts.clear();
        Map<String, String> settings =
                Map.of("STANCE_DB_URL", database, "STANCE_DB_USER", "postgres", "STANCE_HOME", work.toString());
        settings.forEach(System::setProperty);
        try {
            CompletableFuture<Runs.Run> first = CompletableFuture.supplyAsync(() -> attempt("a", database));
            CompletableFuture<Runs.Run> second = CompletableFuture.supplyAsync(() -> attempt("b", database));
            Runs.Run a = first.get();
            Runs.Run b = second.get();
            assertThat(a.exitCode()).as(a.err()).isZero();
            assertThat(b.exitCode()).as(b.err()).isZero();
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }
        assertThat(startedAttempts).hasSizeGreaterThanOrEqualTo(8);
        assertThat(TestDatabases.count(database, "SELECT count(*) FROM article"))
                .isEqualTo(articles);
        assertThat(TestDatabases.count(
                        database,
                        "SELECT count(*) FROM (SELECT 1 FROM stance GROUP BY article_id, actor_code, topic_id, position_id,"
                                + " polarity HAVING count(*) > 1) d"))
                .isZero();
        assertThat(Runs.export(database, work)).isEqualTo(expectedExport);
    }

    private static Runs.Run attempt(String pool, String database) {
        SharedSpark.session().sparkContext().setLocalProperty("spark.scheduler.pool", pool);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StanceSparkJob.run(
                SharedSpark.session(),
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "--partitions",
                "4",
                "--batch-size",
                "1",
                "--rejects",
                work.resolve("rejects-" + pool).toString(),
                corpus.toString());
        return new Runs.Run(code, out.toString(), err.toString());
    }
}
