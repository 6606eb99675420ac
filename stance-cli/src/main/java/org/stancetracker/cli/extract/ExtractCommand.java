package org.stancetracker.cli.extract;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.stancetracker.cli.ExitCode;
import org.stancetracker.cli.ExtractorOptions;
import org.stancetracker.cli.UsageException;
import org.stancetracker.cli.Workspace;
import org.stancetracker.core.stance.Stance;
import org.stancetracker.db.DatabaseUnavailableException;
import org.stancetracker.db.store.ReExtractionStore;
import org.stancetracker.extraction.ExtractionRunner;
import org.stancetracker.extraction.LoadedExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stance extract}: runs extractors again over the stored articles, replacing their earlier findings. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = "Runs extractors again over every stored article (after a plugin upgrade, say) and replaces "
                + "their earlier findings, a batch of articles per transaction. Other extractors' findings stay.",
        footer = {"", "Examples:", "  stance extract", "  stance extract --extractor statements --topic idlib",
                "  stance extract --plugins ~/my-plugins --extractor warnings"})
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ExtractorOptions extractorOptions;

    @Option(names = "--extractor", paramLabel = "NAME", description = "Only this extractor (repeatable; default: all).")
    List<String> extractors = new ArrayList<>();

    @Option(names = "--topic", description = "Only stances on this topic.")
    String topic;

    @Option(names = "--batch-size", defaultValue = "200", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        try (Workspace workspace = Workspace.open()) {
            List<LoadedExtractor> loaded = extractorOptions.loadAndReport(workspace.referenceData(), err).extractors();
            List<LoadedExtractor> chosen = loaded.stream()
                    .filter(e -> extractors.isEmpty() || extractors.contains(e.ref().name())).toList();
            for (String name : extractors) {
                if (loaded.stream().noneMatch(e -> e.ref().name().equals(name))) {
                    throw new UsageException("--extractor " + name + ": no such extractor; loaded: "
                            + loaded.stream().map(e -> e.ref().name()).toList());
                }
            }
            if (topic != null && workspace.referenceData().topic(org.stancetracker.spi.topic.TopicId.of(topic)).isEmpty()) {
                throw new UsageException("--topic " + topic + ": no such topic");
            }
            List<String> names = chosen.stream().map(e -> e.ref().name()).toList();
            ExtractionRunner runner = new ExtractionRunner(chosen, workspace.referenceData());
            ReExtractionStore store = new ReExtractionStore(workspace.database().dataSource());
            long before = findings(workspace, names);
            ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
            long articles;
            try {
                articles = store.forEachBatch(batchSize, batch -> {
                    try {
                        List<List<Stance>> results = pool.submit(() -> batch.parallelStream()
                                .map(a -> runner.run(a.article()).stances().stream()
                                        .filter(s -> topic == null || s.topic().value().equals(topic)).toList())
                                .toList()).get();
                        List<Long> stanceArticles = new ArrayList<>();
                        List<Stance> stances = new ArrayList<>();
                        for (int i = 0; i < batch.size(); i++) {
                            for (Stance stance : results.get(i)) {
                                stanceArticles.add(batch.get(i).id());
                                stances.add(stance);
                            }
                        }
                        store.replace(batch.stream().map(ReExtractionStore.StoredArticle::id).toList(), names,
                                Optional.ofNullable(topic), stanceArticles, stances);
                    } catch (SQLException e) {
                        throw new DatabaseUnavailableException("re-extraction failed: " + e.getMessage(), e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
                    }
                });
            } finally {
                pool.shutdown();
            }
            long after = findings(workspace, names);
            double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "re-extracted %d articles with %s: findings %d before, %d after, in %.1f s (%.1f articles/s)",
                    articles, names, before, after, seconds, articles / seconds));
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("re-extraction failed: " + e.getMessage(), e);
        }
        return ExitCode.OK;
    }

    private long findings(Workspace workspace, List<String> names) throws SQLException {
        try (Connection c = workspace.database().connect()) {
            org.stancetracker.db.query.SqlConditions where = org.stancetracker.db.query.StanceFilter.all()
                    .withTopic(Optional.ofNullable(topic)).conditions()
                    .add("e.extractor_name = ANY (?)", c.createArrayOf("text", names.toArray()));
            PreparedStatement q = c.prepareStatement("SELECT count(*) FROM stance_evidence e JOIN stance s ON s.id = e.stance_id "
                    + where.sql());
            where.bind(q, 1);
            try (q; ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
