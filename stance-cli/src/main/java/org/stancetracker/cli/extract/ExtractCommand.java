package org.stancetracker.cli.extract;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.stancetracker.cli.ExitCode;
import org.stancetracker.cli.ExtractorOptions;
import org.stancetracker.cli.FailureReport;
import org.stancetracker.cli.ReferenceChecks;
import org.stancetracker.cli.UsageException;
import org.stancetracker.cli.Workspace;
import org.stancetracker.db.DatabaseUnavailableException;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.store.ExtractionFailures;
import org.stancetracker.db.store.ReExtractionStore;
import org.stancetracker.extraction.ExtractionRunner;
import org.stancetracker.extraction.LoadedExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stance extract}: runs extractors again over the stored articles, replacing their earlier findings. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Runs extractors again over every stored article (after a plugin upgrade, say) and replaces "
                    + "their earlier findings, a batch of articles per transaction. Other extractors' findings stay.",
            "An extractor that fails on an article keeps its earlier findings there, and the failure is recorded; "
                    + "--failed runs each extractor again on just the articles it failed on (in a load or here), "
                    + "and clears each one it then succeeds on.",
            "Exit codes: 0 done, 3 some extractor failed on some article, 2 usage error, 1 failure."
        },
        footer = {
            "",
            "Examples:",
            "  stance extract",
            "  stance extract --extractor statements --topic idlib",
            "  stance extract --plugins ~/my-plugins --extractor warnings",
            "  stance extract --failed --verbose   # after fixing a plugin that failed"
        })
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ExtractorOptions extractorOptions;

    @Option(names = "--extractor", paramLabel = "NAME", description = "Only this extractor (repeatable; default: all).")
    List<String> extractors = new ArrayList<>();

    @Option(names = "--topic", description = "Only stances on this topic.")
    String topic;

    @Option(
            names = "--failed",
            description = "Only the articles each extractor failed on, as recorded by earlier loads and extractions.")
    boolean failed;

    @Option(
            names = "--batch-size",
            defaultValue = "200",
            description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        FailureReport failures = new FailureReport(err, extractorOptions.verbose());
        // Everything the command line names is checked before the database starts: a bad plugin, setting,
        // extractor or topic fails at once.
        ReferenceDataFile reference = ReferenceDataFile.bundled();
        if (failed && topic != null) {
            throw new UsageException(
                    "--failed runs extractors over the whole articles they failed on; it takes no --topic");
        }
        if (topic != null) {
            ReferenceChecks.topic(reference.data(), "--topic", topic);
        }
        List<LoadedExtractor> loaded =
                extractorOptions.loadAndReport(reference.data(), err).extractors();
        List<LoadedExtractor> chosen = loaded.stream()
                .filter(e -> extractors.isEmpty() || extractors.contains(e.ref().name()))
                .toList();
        for (String name : extractors) {
            if (loaded.stream().noneMatch(e -> e.ref().name().equals(name))) {
                throw new UsageException("--extractor " + name + ": no such extractor; loaded: "
                        + loaded.stream().map(e -> e.ref().name()).toList());
            }
        }
        try (Workspace workspace = Workspace.open(reference)) {
            ReExtractionStore store = new ReExtractionStore(workspace.database().dataSource());
            ExtractionFailures recorded =
                    new ExtractionFailures(workspace.database().dataSource());
            String summary;
            if (failed) {
                summary = reRunFailures(workspace, store, recorded.pendingByExtractor(), chosen, failures);
            } else {
                List<String> names = chosen.stream().map(e -> e.ref().name()).toList();
                long before = findings(workspace, names);
                long articles = reExtract(workspace, store, chosen, Optional.empty(), failures);
                long after = findings(workspace, names);
                double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
                summary = String.format(
                        Locale.ROOT,
                        "re-extracted %d articles with %s: findings %d before, %d after, in %.1f s (%.1f articles/s)",
                        articles,
                        names,
                        before,
                        after,
                        seconds,
                        articles / seconds);
            }
            spec.commandLine().getOut().println(failures.any() ? summary + "; " + failures.summary() : summary);
            failures.hint(recorded.pendingByExtractor());
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("re-extraction failed: " + e.getMessage(), e);
        }
        return failures.any() ? ExitCode.PARTIAL : ExitCode.OK;
    }

    /**
     * Runs each chosen extractor again on the articles recorded as failed in it, one extractor at a
     * time, so that an article failed in two extractors gets each run once.
     */
    private String reRunFailures(
            Workspace workspace,
            ReExtractionStore store,
            Map<String, Long> pending,
            List<LoadedExtractor> chosen,
            FailureReport failures)
            throws SQLException {
        PrintWriter err = spec.commandLine().getErr();
        pending.forEach((name, articles) -> {
            boolean asked = extractors.isEmpty() || extractors.contains(name);
            if (asked && chosen.stream().noneMatch(e -> e.ref().name().equals(name))) {
                err.println("warning: extractor " + name + " is not loaded now; the " + articles
                        + " stored articles it failed on stay recorded as failed");
            }
        });
        long pairs = 0;
        List<String> rerun = new ArrayList<>();
        for (LoadedExtractor extractor : chosen) {
            if (pending.containsKey(extractor.ref().name())) {
                rerun.add(extractor.ref().name());
                pairs += reExtract(
                        workspace,
                        store,
                        List.of(extractor),
                        Optional.of(extractor.ref().name()),
                        failures);
            }
        }
        if (rerun.isEmpty()) {
            return "no failed extraction to run again" + (extractors.isEmpty() ? "" : " for " + extractors);
        }
        return String.format(
                Locale.ROOT,
                "ran %s again on %d articles they had failed on: %d succeeded",
                rerun,
                pairs,
                pairs - failures.total());
    }

    /** Runs the extractors over the stored articles (or those failed in {@code failedIn}); returns how many articles. */
    private long reExtract(
            Workspace workspace,
            ReExtractionStore store,
            List<LoadedExtractor> chosen,
            Optional<String> failedIn,
            FailureReport failures)
            throws SQLException {
        List<String> names = chosen.stream().map(e -> e.ref().name()).toList();
        ExtractionRunner runner = new ExtractionRunner(chosen, workspace.referenceData());
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            return store.forEachBatch(batchSize, failedIn, batch -> {
                try {
                    List<ExtractionRunner.Result> results = pool.submit(() -> batch.parallelStream()
                                    .map(a -> runner.run(a.article()))
                                    .toList())
                            .get();
                    List<ReExtractionStore.FailedArticle> failedArticles =
                            store.replace(batch, results, names, Optional.ofNullable(topic));
                    // Counted once stored: a failure is reported when its record is.
                    failedArticles.forEach(f -> failures.count(f.failure()));
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
    }

    private long findings(Workspace workspace, List<String> names) throws SQLException {
        try (Connection c = workspace.database().connect()) {
            org.stancetracker.db.query.SqlConditions where = org.stancetracker.db.query.StanceFilter.all()
                    .withTopic(Optional.ofNullable(topic))
                    .conditions()
                    .add("e.extractor_name = ANY (?)", c.createArrayOf("text", names.toArray()));
            PreparedStatement q = c.prepareStatement(
                    "SELECT count(*) FROM stance_evidence e JOIN stance s ON s.id = e.stance_id " + where.sql());
            where.bind(q, 1);
            try (q;
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
