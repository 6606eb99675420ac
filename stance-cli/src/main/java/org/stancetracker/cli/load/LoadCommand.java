package org.stancetracker.cli.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.stancetracker.cli.ExitCode;
import org.stancetracker.cli.ExtractorOptions;
import org.stancetracker.cli.Workspace;
import org.stancetracker.core.article.Article;
import org.stancetracker.db.DatabaseUnavailableException;
import org.stancetracker.db.store.ArticleStore;
import org.stancetracker.db.store.StoreOutcome;
import org.stancetracker.extraction.ExtractionRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stance load PATH...}: reads articles, extracts their stances and stores both. */
@Command(name = "load",
        mixinStandardHelpOptions = true,
        description = "Loads plain-text articles (one file per article; directories are read recursively), "
                + "extracts their stances and stores both. Articles already stored are skipped.",
        footer = {"", "Examples:", "  stance load db/samples/idlib-2018-seeds",
                "  stance load --source reuters archive/2018/ extra/article.txt",
                "  stance load --plugins ~/my-plugins --extractor-setting keyword.confidence=0.6 articles/"})
public final class LoadCommand implements Callable<Integer> {
    private static final int BATCH_SIZE = 100;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories of articles.")
    List<Path> paths;

    @Mixin
    ExtractorOptions extractorOptions;

    @Option(names = "--source", defaultValue = "files", description = "Source name of the articles (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--max-size", defaultValue = "5242880", paramLabel = "BYTES",
            description = "Largest article accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    /** Counts of what happened, and the reporting of rejections as they happen. */
    private static final class Tally {
        final PrintWriter err;
        long read;
        long loaded;
        long skipped;
        long rejected;
        long stances;

        Tally(PrintWriter err) {
            this.err = err;
        }

        void reject(Rejection rejection) {
            rejected++;
            err.println("rejected " + rejection);
        }

        LoadSummary summary(Duration elapsed) {
            return new LoadSummary(read, loaded, skipped, rejected, stances, elapsed);
        }
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        Tally tally = new Tally(spec.commandLine().getErr());
        List<Path> files = files(tally);
        TextArticleReader reader = new TextArticleReader(source, maxBytes);
        try (Workspace workspace = Workspace.open()) {
            ExtractionRunner runner = workspace.extractionRunner(extractorOptions, tally.err);
            ArticleStore store = new ArticleStore(workspace.database().dataSource());
            List<ArticleStore.Extracted> batch = new ArrayList<>(BATCH_SIZE);
            for (Path file : files) {
                tally.read++;
                TextArticleReader.Read result = reader.read(file);
                if (result instanceof TextArticleReader.Rejected rejected) {
                    tally.reject(rejected.rejection());
                } else if (result instanceof TextArticleReader.Loaded loaded) {
                    batch.add(extract(runner, loaded.article(), tally));
                    if (batch.size() == BATCH_SIZE) {
                        store(store, batch, tally);
                    }
                }
            }
            store(store, batch, tally);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("storing articles failed: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println(tally.summary(Duration.ofNanos(System.nanoTime() - started)).describe());
        return tally.rejected > 0 ? ExitCode.PARTIAL : ExitCode.OK;
    }

    private static ArticleStore.Extracted extract(ExtractionRunner runner, Article article, Tally tally) {
        ExtractionRunner.Result extraction = runner.run(article);
        extraction.problems().forEach(problem -> tally.err.println("warning: " + problem));
        return new ArticleStore.Extracted(article, extraction.stances());
    }

    private static void store(ArticleStore store, List<ArticleStore.Extracted> batch, Tally tally) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        List<StoreOutcome> outcomes = store.store(batch);
        for (int i = 0; i < outcomes.size(); i++) {
            ArticleStore.Extracted extracted = batch.get(i);
            switch (outcomes.get(i)) {
                case STORED -> {
                    tally.loaded++;
                    tally.stances += extracted.stances().size();
                }
                case ALREADY_PRESENT -> tally.skipped++;
                case CHANGED_TEXT -> tally.reject(new Rejection(extracted.article().key().toString(),
                        "a different text is already stored under this id; not overwritten"));
            }
        }
        batch.clear();
    }

    /** The files named, with directories walked recursively in name order; a missing path is rejected. */
    private List<Path> files(Tally tally) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                tally.read++;
                tally.reject(new Rejection(path.toString(), "no such file or directory"));
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
