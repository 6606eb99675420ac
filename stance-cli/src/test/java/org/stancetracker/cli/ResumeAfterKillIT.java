package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dispatches.FailsOnOddDispatchesFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load killed with SIGKILL half-way and run again ends with exactly what one uninterrupted load
 * stores: no article, stance or extractor failure lost, none twice. Real processes of the real
 * {@code ./stance}, with a plugin that fails on half the articles.
 */
class ResumeAfterKillIT {
    private static final Path ROOT = Path.of(System.getProperty("stance.root"));
    private static final Path SAMPLES = Path.of(System.getProperty("stance.samples.dir"));
    private static final int ARTICLES = 800;

    @TempDir
    Path work;

    @AfterEach
    void stopLeftoverServers() throws IOException {
        for (String home : List.of("killed", "clean")) {
            Path pid = work.resolve(home).resolve("pgdata/postmaster.pid");
            if (Files.exists(pid)) {
                long id = Long.parseLong(Files.readAllLines(pid).get(0).strip());
                ProcessHandle.of(id).ifPresent(ProcessHandle::destroy);
            }
        }
    }

    @Test
    void a_load_killed_half_way_resumes_to_exactly_the_stances_of_an_uninterrupted_one() throws Exception {
        Path input = corpus();
        Path killedHome = work.resolve("killed");
        Path cleanHome = work.resolve("clean");
        for (Path home : List.of(killedHome, cleanHome)) {
            PluginJars.write(home.resolve("plugins"), "odd-dispatches.jar", FailsOnOddDispatchesFactory.class);
        }

        Process first = stance(killedHome, "load", "--batch-size", "25", input.toString())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        long stored = 0;
        while (System.nanoTime() < deadline && first.isAlive()) {
            stored = count(killedHome, "SELECT count(*) FROM article");
            if (stored >= 100) {
                break;
            }
            Thread.sleep(20);
        }
        assertThat(first.isAlive()).as("the load was still running when killed").isTrue();
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback but the database's own
        first.waitFor(30, TimeUnit.SECONDS);
        long afterKill = count(killedHome, "SELECT count(*) FROM article");
        assertThat(afterKill).isBetween(1L, (long) ARTICLES - 1);

        Process resumed = stance(killedHome, "load", "--batch-size", "25", input.toString())
                .redirectOutput(work.resolve("resumed.out").toFile())
                .redirectError(work.resolve("resumed.err").toFile())
                .start();
        assertThat(resumed.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(resumed.exitValue())
                .as(Files.readString(work.resolve("resumed.err")))
                .isEqualTo(ExitCode.PARTIAL);
        assertThat(Files.readString(work.resolve("resumed.out"))).contains("resumed after");

        Process clean = stance(cleanHome, "load", input.toString())
                .redirectOutput(work.resolve("clean.out").toFile())
                .redirectError(work.resolve("clean.err").toFile())
                .start();
        assertThat(clean.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(clean.exitValue()).isEqualTo(ExitCode.PARTIAL);
        assertThat(Files.readString(work.resolve("clean.out")))
                .contains("extractors failed: odd-dispatches on " + ARTICLES / 2 + " articles");

        assertThat(countAtRest(killedHome, "SELECT count(*) FROM article")).isEqualTo(ARTICLES);
        List<String> afterResume = export(killedHome);
        assertThat(afterResume).isNotEmpty().isEqualTo(export(cleanHome));
        assertThat(afterResume.stream()
                        .map(l -> l.replaceAll("\"article\":\"n\\d+\"", ""))
                        .distinct()
                        .count())
                .as("stances of distinct articles")
                .isLessThan(afterResume.size());
        String failed = "SELECT count(*) FROM extraction_failure f JOIN article a ON a.id = f.article_id"
                + " WHERE f.extractor_name = 'odd-dispatches' AND right(a.external_id, 1) IN ('1', '3', '5', '7', '9')";
        assertThat(countAtRest(killedHome, failed))
                .as("the failures of every committed batch, once each")
                .isEqualTo(ARTICLES / 2);
        assertThat(countAtRest(killedHome, "SELECT count(*) FROM extraction_failure"))
                .isEqualTo(ARTICLES / 2);
    }

    /** Sample articles made distinct (an id and a line of their own), as JSON Lines. */
    private Path corpus() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES.resolve("idlib-2018-seeds"))) {
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            lines.add(json.createObjectNode()
                    .put("id", "n" + i)
                    .put("published", "2018-09-09")
                    .put("text", texts.get(i % texts.size()) + "\n\nDispatch " + i + ".")
                    .toString());
        }
        Path input = work.resolve("corpus.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        return input;
    }

    private ProcessBuilder stance(Path home, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("stance").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(ROOT.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("STANCE_HOME", home.toString());
        builder.environment().remove("STANCE_DB_URL");
        return builder;
    }

    private static Connection connect(Path home) throws IOException, SQLException {
        return org.stancetracker.db.embedded.EmbeddedServer.connectToRunning(home);
    }

    private static long count(Path home, String sql) throws IOException {
        try (Connection c = connect(home);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException | IOException | IndexOutOfBoundsException e) {
            return 0; // not started yet, or the schema not migrated yet
        }
    }

    /**
     * A count once every load has ended: their server is stopped by then (the last command out stops it),
     * so this opens the home's database as any command would.
     */
    private static long countAtRest(Path home, String sql) throws SQLException {
        try (org.stancetracker.db.Database database =
                        org.stancetracker.db.Database.open(org.stancetracker.db.DatabaseSettings.embeddedAt(home));
                Connection c = database.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every stored stance with all its fields and evidence count, sorted: what two loads must agree on. */
    private List<String> export(Path home) throws IOException, InterruptedException {
        Path out = work.resolve(home.getFileName() + ".export");
        Process export = stance(home, "export", "--output", out.toString()).start();
        assertThat(export.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(export.exitValue()).isZero();
        return Files.readAllLines(out).stream().sorted().toList();
    }
}
