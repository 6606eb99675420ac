package org.stancetracker.cli.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.stancetracker.cli.ExitCode;
import org.stancetracker.cli.ExtractorOptions;
import org.stancetracker.cli.FailureReport;
import org.stancetracker.cli.UsageException;
import org.stancetracker.cli.Workspace;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.store.ArticleStore;
import org.stancetracker.db.store.ExtractionFailures;
import org.stancetracker.extraction.ExtractionRunner;
import org.stancetracker.input.InputFiles;
import org.stancetracker.input.InputFormat;
import org.stancetracker.input.ReadOptionFlags;
import org.stancetracker.input.ReadOptions;
import org.stancetracker.input.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stance load PATH...}: reads articles, extracts their stances and stores both, in batches. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Loads articles, extracts their stances and stores both, streaming, in batches that each commit "
                    + "with a record of progress: a load stopped at any moment resumes where it stopped when run again, "
                    + "and articles already stored (same source and id, or same text) are skipped.",
            "Inputs: plain-text files (one article each; directories are read recursively), JSON Lines "
                    + "(.jsonl, .jsonl.gz: id, text, title, published, source, url) and CSV with a header (.csv, .csv.gz). "
                    + "Bad records are reported with file, line or row and reason, written to --rejects, and the load goes on.",
            "An extractor that fails on an article (it throws, or gives a stance the SPI forbids) is reported, counted "
                    + "per extractor, and recorded with the article; the load goes on, and "
                    + FailureReport.RERUN_COMMAND + " runs it again on just those articles once it is fixed.",
            "Exit codes: 0 all loaded, 3 some rejected or some extractor failed, 2 usage error, 1 failure."
        },
        footer = {
            "",
            "Examples:",
            "  stance load db/samples/idlib-2018-seeds",
            "  stance load --source reuters --rejects rejects.jsonl archive-2018.jsonl.gz",
            "  stance load --column text=article_body --column date=pub_date export.csv",
            "  stance load --dry-run --format jsonl feed.txt",
            "  stance load --plugins ~/my-plugins articles/",
            "  stance load --extractor-setting statements.min-confidence=0.6 articles/"
        })
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ExtractorOptions extractorOptions;

    @Mixin
    ReadOptionFlags readOptionFlags;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories of articles.")
    List<Path> paths;

    @Option(
            names = "--format",
            paramLabel = "txt|jsonl|csv",
            description = "Read every input in this format instead of guessing from its name.")
    String format;

    @Option(
            names = "--rejects",
            paramLabel = "FILE",
            description = "Write rejected records here, as JSON Lines, to fix and load again.")
    Path rejects;

    @Option(
            names = "--batch-size",
            defaultValue = "500",
            paramLabel = "N",
            description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--dry-run", description = "Read and extract, but write nothing to the database.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        Optional<InputFormat> forced = Optional.ofNullable(format).map(f -> {
            try {
                return InputFormat.parse(f);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--format: " + e.getMessage());
            }
        });
        if (batchSize < 1 || batchSize > 10_000) {
            throw new UsageException("--batch-size must be between 1 and 10000, was " + batchSize);
        }
        ReadOptions options;
        try {
            options = readOptionFlags.readOptions();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        // A path named here that is not there at all is a mistake in the command, not a bad input: one line,
        // before the database starts. One that is there but cannot be read (or is a link to nothing) is
        // rejected with the rest, as an input found in a directory would be.
        for (Path path : paths) {
            if (Files.notExists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException(path + ": no such file or directory");
            }
        }
        LoadTally tally = new LoadTally();
        FailureReport failures = new FailureReport(err, extractorOptions.verbose());
        Map<String, Long> pendingFailures = Map.of();
        // The plugins and their settings are checked before the database starts: a bad jar or a typo in a
        // setting fails at once, not after PostgreSQL has started.
        ReferenceDataFile reference = ReferenceDataFile.bundled();
        ExtractionRunner runner = new ExtractionRunner(
                extractorOptions.loadAndReport(reference.data(), err).extractors(), reference.data());
        try (RejectsWriter rejected = new RejectsWriter(rejects, err, tally);
                Workspace workspace = dryRun ? null : Workspace.open(reference)) {
            Optional<ArticleStore> store = dryRun
                    ? Optional.empty()
                    : Optional.of(new ArticleStore(workspace.database().dataSource()));
            List<Path> files = files(rejected, tally);
            try (Progress progress = Progress.start(err, files.size(), tally);
                    BatchPipeline pipeline =
                            new BatchPipeline(runner, store, batchSize, tally, rejected, progress, err, failures)) {
                for (Path file : files) {
                    InputFormat inputFormat = forced.orElseGet(() -> InputFormat.of(file));
                    String inputKey;
                    try {
                        inputKey = inputKey(file);
                    } catch (IOException e) {
                        pipeline.reject(
                                Rejection.unreadable(file, e)); // gone, or its directory closed, since it was found
                        progress.fileDone();
                        continue;
                    }
                    long skip = inputFormat.manyRecords() && store.isPresent()
                            ? store.get().recordsDone(inputKey)
                            : 0;
                    if (skip > 0) {
                        err.println("resuming " + file + " after record " + skip + ", stored by an earlier load");
                        tally.resumed(skip);
                    }
                    pipeline.startInput(inputFormat.manyRecords() ? Optional.of(inputKey) : Optional.empty(), skip);
                    try {
                        inputFormat.read(file, skip, options, pipeline::accept);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage());
                    } catch (IOException e) {
                        pipeline.reject(Rejection.unreadable(file, e));
                    }
                    pipeline.endInput();
                    progress.fileDone();
                }
            }
            if (!dryRun) {
                // Those of earlier loads too: a load that skips articles stored before must still say what waits.
                pendingFailures = new ExtractionFailures(workspace.database().dataSource()).pendingByExtractor();
            }
        } catch (SQLException e) {
            throw BatchPipeline.storingFailed(e);
        }
        spec.commandLine()
                .getOut()
                .println(tally.summary(Duration.ofNanos(System.nanoTime() - started), dryRun, failures));
        if (dryRun && failures.any()) {
            err.println("a dry run records no failure: fix the extractors and load again");
        }
        failures.hint(pendingFailures);
        return tally.rejected() > 0 || failures.any() ? ExitCode.PARTIAL : ExitCode.OK;
    }

    /** An input is the same input while its path, size and modification time are: a changed file starts over. */
    private static String inputKey(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute + "|" + Files.size(file) + "|"
                + Files.getLastModifiedTime(file).toMillis();
    }

    /** The files named, with directories walked; each path that cannot be read is rejected, with why. */
    private List<Path> files(RejectsWriter rejected, LoadTally tally) {
        return InputFiles.find(paths, rejection -> {
            tally.countRead();
            rejected.reject(rejection);
        });
    }
}
