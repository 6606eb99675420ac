package org.stancetracker.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;
import org.stancetracker.db.DatabaseUnavailableException;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.extraction.ExtractorSetup;
import org.stancetracker.extraction.LoadedExtractor;
import org.stancetracker.input.InputFormat;
import org.stancetracker.input.ReadOptionFlags;
import org.stancetracker.input.ReadOptions;
import org.stancetracker.input.Rejection;
import org.stancetracker.input.RejectionJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stance-spark PATH...}: {@code stance load} as a Spark application. The driver lists the input
 * files, cuts large uncompressed JSON Lines files into byte ranges ({@link InputListing}), hands files and
 * ranges to tasks in partitions of about equal size, and reports; each task reads, extracts and stores its
 * files and ranges ({@link PartitionLoader}), and the driver numbers the lines of the ranges' rejections
 * ({@link RangeLineNumbers}). With {@code --from-database --extractor NAME} it runs
 * one extractor again over the stored articles, by ranges of article ids ({@link PartitionReExtractor}).
 */
@Command(
        name = "stance-spark",
        mixinStandardHelpOptions = true,
        description = {
            "Loads articles as an Apache Spark job: the readers, extractors (plugins included) and bulk writer of "
                    + "`stance load`, run in parallel by Spark, into the database `stance serve` reads.",
            "Inputs: files or directories on any file system Spark reads (file:, hdfs:, s3a:): JSON Lines and CSV, "
                    + "gzip or not, and plain text. Each article is stored once, whatever Spark retries or runs twice.",
            "Exit codes: 0 all loaded, 3 some rejected or some extractor failed, 2 usage error, 1 failure."
        },
        footer = {
            "",
            "Examples:",
            "  ./stance-spark --master 'local[2]' db/samples/idlib-2018-seeds",
            "  ./stance-spark --source reuters --rejects /tmp/rejects archive/*.jsonl.gz",
            "  ./stance-spark --from-database --extractor statements"
        })
public final class StanceSparkJob implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int PARTIAL = 3;

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "0..*",
            paramLabel = "PATH",
            description = "Files or directories of articles (any Hadoop path).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--master", description = "Spark master, e.g. local[2]; spark-submit sets it otherwise.")
    String master;

    @Mixin
    ReadOptionFlags readOptionFlags;

    @Option(
            names = "--format",
            paramLabel = "txt|jsonl|csv|parquet",
            description = "Read every input in this format instead of going by its name (.parquet is Parquet).")
    String format;

    @Option(
            names = "--batch-size",
            defaultValue = "500",
            paramLabel = "N",
            description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(
            names = "--partitions",
            paramLabel = "N",
            description = "Tasks to split the input into (default: 4 per core Spark has, at most one per file or "
                    + "byte range of a file).")
    Integer partitions;

    @Option(
            names = "--max-split-bytes",
            paramLabel = "BYTES",
            description = "Largest byte range of an uncompressed JSON Lines file that one task reads "
                    + "(default: spark.sql.files.maxPartitionBytes, 128 MB; less when the input would "
                    + "otherwise leave tasks idle, down to spark.sql.files.openCostInBytes, 4 MB).")
    Long maxSplitBytes;

    @Option(
            names = "--rejects",
            paramLabel = "DIR",
            defaultValue = "stance-spark-rejects",
            description = "Directory (any Hadoop path) for the rejected records, as JSON Lines part files; "
                    + "replaced by each run (default: ${DEFAULT-VALUE}).")
    String rejects;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            description =
                    "Also write the articles read and the findings extracted as Parquet, to DIR/articles and "
                            + "DIR/findings (any Hadoop path), for a data lake; every article is then extracted, stored or not.")
    String output;

    @Option(
            names = "--plugins",
            paramLabel = "DIR",
            description =
                    "Local directory of extractor plugin jars, shipped with the job (default: $STANCE_HOME/plugins).")
    Path plugins;

    @Option(
            names = "--extractor-setting",
            paramLabel = "NAME.KEY=VALUE",
            description = "A setting for one extractor; repeatable.")
    Map<String, String> extractorSettings = new LinkedHashMap<>();

    @Option(
            names = "--from-database",
            description = "Read the stored articles back instead of files, to run --extractor again over them.")
    boolean fromDatabase;

    @Option(
            names = "--extractor",
            paramLabel = "NAME",
            description = "With --from-database: the extractor whose findings are replaced.")
    String extractor;

    @Option(
            names = "--progress-seconds",
            defaultValue = "10",
            paramLabel = "S",
            description = "Seconds between progress lines (default: ${DEFAULT-VALUE}).")
    int progressSeconds;

    @Option(
            names = "--fail-once-after-commit",
            hidden = true,
            description = "Tests only: the first attempt of every task fails after its first commit.")
    boolean failOnceAfterCommit;

    /** The read options, checked before anything starts. */
    private ReadOptions readOptions;

    /** Spark settings a test session passes in; null to build the session from --master and spark-submit. */
    private final SparkSession givenSession;

    public StanceSparkJob() {
        this(null);
    }

    StanceSparkJob(SparkSession session) {
        this.givenSession = session;
    }

    public static void main(String[] args) {
        System.exit(run(null, args));
    }

    /** Runs the job with its arguments, in the given session (tests) or one of its own; returns the exit code. */
    static int run(SparkSession session, String... args) {
        return run(session, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** As {@link #run(SparkSession, String...)}, writing the summary to {@code out} and diagnostics to {@code err}. */
    static int run(SparkSession session, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new StanceSparkJob(session));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println("stance-spark: " + e.getMessage());
            return e instanceof UsageError ? USAGE : FAILURE;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkOptions();
        ReferenceDataFile reference = ReferenceDataFile.bundled();
        // Plugins and settings are checked here, before Spark and the database start: a bad jar or a typo fails at
        // once.
        ExtractorSetup setup;
        try {
            setup = ExtractorSetup.of(
                    DatabaseSettings.fromEnvironment().home(), Optional.ofNullable(plugins), extractorSettings);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--extractor-setting " + e.getMessage());
        }
        List<LoadedExtractor> loaded = setup.load(StanceSparkJob.class.getClassLoader(), reference.data())
                .extractors();
        loaded.forEach(e -> err.println("extractor " + e.description()));
        if (extractor != null && loaded.stream().noneMatch(e -> e.ref().name().equals(extractor))) {
            throw new UsageError("--extractor " + extractor + ": no such extractor; loaded: "
                    + loaded.stream().map(e -> e.ref().name()).toList());
        }
        List<Path> pluginJars = pluginJars(setup.pluginDirectory());

        SparkSession session = givenSession != null ? givenSession : session();
        try {
            DatabaseSettings databaseSettings = DatabaseSettings.fromEnvironment();
            if (databaseSettings.isEmbedded() && !session.sparkContext().isLocal()) {
                throw new UsageError("the embedded database serves only a local master; set " + DatabaseSettings.URL
                        + " (and " + DatabaseSettings.USER + ", " + DatabaseSettings.PASSWORD
                        + ") to a PostgreSQL the executors reach");
            }
            try (Database database = Database.open(databaseSettings)) {
                database.prepare(reference);
                JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
                List<String> shipped = new ArrayList<>();
                for (Path jar : pluginJars) {
                    spark.addFile(jar.toAbsolutePath().toString());
                    shipped.add(jar.getFileName().toString());
                }
                JobSettings settings = new JobSettings(
                        database.url(),
                        database.user(),
                        database.password(),
                        format,
                        readOptions.source(),
                        readOptions.published().map(LocalDate::toString).orElse(null),
                        readOptions.maxBytes(),
                        readOptions.columns(),
                        batchSize,
                        extractorSettings,
                        shipped,
                        extractor,
                        output != null,
                        failOnceAfterCommit);
                long articlesBefore = count(database, "SELECT count(*) FROM article");
                long stancesBefore = count(database, "SELECT count(*) FROM stance");
                JobTally tally = new JobTally(session.sparkContext());
                int exit;
                try (Progress progress = Progress.start(err, tally, progressSeconds)) {
                    exit = fromDatabase
                            ? PartitionReExtractor.run(spark, settings, tally, database, partitions, out)
                            : load(spark, session, settings, tally, err);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                if (!fromDatabase) {
                    out.println(tally.summary(seconds));
                }
                long articlesAfter = count(database, "SELECT count(*) FROM article");
                long stancesAfter = count(database, "SELECT count(*) FROM stance");
                out.printf(
                        "database: %d articles (%+d), %d stances (%+d)%n",
                        articlesAfter, articlesAfter - articlesBefore, stancesAfter, stancesAfter - stancesBefore);
                out.flush();
                return exit;
            }
        } catch (DatabaseUnavailableException e) {
            err.println("stance-spark: " + e.getMessage());
            return FAILURE;
        } finally {
            if (givenSession == null) {
                session.stop();
            }
        }
    }

    private int load(
            JavaSparkContext spark, SparkSession session, JobSettings settings, JobTally tally, PrintWriter err)
            throws IOException {
        Configuration hadoop = session.sparkContext().hadoopConfiguration();
        List<Rejection> unreadable = new ArrayList<>();
        List<HadoopInputFile> all = InputListing.files(paths, hadoop, unreadable);
        List<HadoopInputFile> parquet = all.stream()
                .filter(f -> settings.isParquet(new org.apache.hadoop.fs.Path(f.uri()).getName()))
                .toList();
        List<HadoopInputFile> files =
                all.stream().filter(f -> !parquet.contains(f)).toList();
        int tasks = partitions != null ? partitions : 4 * spark.defaultParallelism();
        long totalBytes = files.stream().mapToLong(HadoopInputFile::length).sum();
        SQLConf sql = session.sessionState().conf();
        long rangeBytes = InputListing.rangeBytes(
                maxSplitBytes != null ? maxSplitBytes : sql.filesMaxPartitionBytes(),
                sql.filesOpenCostInBytes(),
                totalBytes,
                tasks);
        List<FileRange> ranges = InputListing.ranges(
                files,
                rangeBytes,
                file -> settings.formatOf(fileName(file)).readsInRanges() && !InputListing.gzip(file, hadoop));
        warnOfAFileReadWhole(ranges, rangeBytes, totalBytes, settings, err);
        List<List<FileRange>> groups = InputListing.balance(ranges, Math.max(1, Math.min(ranges.size(), tasks)));
        long splitFiles = ranges.stream()
                .filter(r -> !r.wholeFile())
                .map(FileRange::file)
                .distinct()
                .count();
        long fileRanges = ranges.stream().filter(r -> !r.wholeFile()).count();
        err.printf(
                "%d files in %d partitions%s%s%n",
                files.size(),
                groups.size(),
                splitFiles == 0
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                "; %d read in %d ranges of up to %,d bytes",
                                splitFiles,
                                fileRanges,
                                rangeBytes),
                parquet.isEmpty() ? "" : ", and " + parquet.size() + " Parquet files");
        Map<String, String> hadoopSettings = new HashMap<>();
        hadoop.forEach(e -> hadoopSettings.put(e.getKey(), e.getValue()));
        var broadcastSettings = spark.broadcast(hadoopSettings);
        List<TaskOutput> listingRejects = unreadable.stream()
                .map(r -> TaskOutput.reject(RejectionJson.line(r)))
                .toList();
        JavaRDD<TaskOutput> outputs = spark.parallelize(listingRejects, 1)
                .union(spark.parallelize(groups, Math.max(1, groups.size()))
                        .flatMap(group -> PartitionLoader.load(settings, tally, broadcastSettings.value(), group)
                                .iterator()));
        if (!parquet.isEmpty()) {
            Dataset<Row> rows = session.read()
                    .parquet(parquet.stream().map(HadoopInputFile::uri).toArray(String[]::new));
            List<String> header = List.of(rows.columns());
            Dataset<Row> located = rows.select(
                    functions.col("*"), functions.col("_metadata.file_path"), functions.col("_metadata.row_index"));
            JavaRDD<Row> parquetRows =
                    partitions != null ? located.javaRDD().repartition(partitions) : located.javaRDD();
            outputs = outputs.union(parquetRows.mapPartitions(
                    it -> PartitionLoader.loadRows(settings, tally, header, it).iterator()));
        }
        tally.read.add(unreadable.size());
        tally.rejected.add(unreadable.size());
        boolean readInRanges = fileRanges > 0;
        if (output != null || readInRanges) {
            // Several outputs from one pass (the ranges' line breaks are needed before their rejections can be
            // numbered): kept (memory, then disk) so that the extraction runs once.
            outputs = outputs.persist(StorageLevel.MEMORY_AND_DISK());
        }
        Map<RangeLineNumbers.Start, Long> linesBefore = readInRanges
                ? RangeLineNumbers.linesBefore(outputs.filter(o -> o.kind() == TaskOutput.Kind.LINE_BREAKS)
                        .map(TaskOutput::lineBreaks)
                        .collect())
                : Map.of();
        var broadcastLinesBefore = spark.broadcast(linesBefore);
        org.apache.hadoop.fs.Path rejectsPath = new org.apache.hadoop.fs.Path(rejects);
        rejectsPath.getFileSystem(hadoop).delete(rejectsPath, true);
        outputs.filter(o -> o.kind() == TaskOutput.Kind.REJECT)
                .map(o -> o.rejectLine(broadcastLinesBefore.value()))
                .saveAsTextFile(rejects);
        if (output != null) {
            writeParquet(session, outputs, TaskOutput.Kind.ARTICLE, LakeRows.ARTICLES, output + "/articles");
            writeParquet(session, outputs, TaskOutput.Kind.FINDING, LakeRows.FINDINGS, output + "/findings");
            err.println("wrote the articles and findings as Parquet to " + output + "/articles and " + output
                    + "/findings");
        }
        if (output != null || readInRanges) {
            outputs.unpersist();
        }
        long rejectedCount = tally.rejected.value();
        if (rejectedCount > 0) {
            err.println(
                    "rejected " + rejectedCount + " records; written to " + rejects + " (location, reason, record):");
            spark.textFile(rejects).take(20).forEach(line -> err.println("  " + line));
        }
        return rejectedCount > 0 || tally.failureCount() > 0 ? PARTIAL : OK;
    }

    private static String fileName(HadoopInputFile file) {
        return new org.apache.hadoop.fs.Path(file.uri()).getName();
    }

    /**
     * Warns when one file that must be read whole holds most of the input: its task reads it alone while
     * the other cores, done with the rest, wait.
     */
    private static void warnOfAFileReadWhole(
            List<FileRange> ranges, long rangeBytes, long totalBytes, JobSettings settings, PrintWriter err) {
        for (FileRange range : ranges) {
            HadoopInputFile file = range.file();
            if (range.wholeFile() && file.length() > rangeBytes && 2 * file.length() > totalBytes) {
                InputFormat format = settings.formatOf(fileName(file));
                String why = format == InputFormat.CSV
                        ? "CSV is read whole, since a quoted field may hold a line break; split it into several"
                                + " files, or store it as JSON Lines"
                        : format.readsInRanges()
                                ? "gzip cannot be read from the middle; store it uncompressed, or as several files"
                                : "a text file is one article";
                err.printf(
                        Locale.ROOT,
                        "warning: %s holds %d%% of the input and one task reads it while the other cores wait (%s)%n",
                        file.uri(),
                        Math.round(100.0 * file.length() / totalBytes),
                        why);
            }
        }
    }

    private static void writeParquet(
            SparkSession session, JavaRDD<TaskOutput> outputs, TaskOutput.Kind kind, StructType schema, String path) {
        JavaRDD<Row> rows = outputs.filter(o -> o.kind() == kind).map(TaskOutput::row);
        session.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(path);
    }

    private void checkOptions() {
        if (fromDatabase) {
            if (extractor == null) {
                throw new UsageError(
                        "--from-database needs --extractor NAME: the extractor whose findings are replaced");
            }
            if (!paths.isEmpty()) {
                throw new UsageError("--from-database reads the stored articles; it takes no PATH");
            }
        } else {
            if (paths.isEmpty()) {
                throw new UsageError("give at least one PATH to load, or --from-database --extractor NAME");
            }
            if (extractor != null) {
                throw new UsageError("--extractor goes with --from-database; a load runs every extractor");
            }
        }
        if (format != null && !format.equals(JobSettings.PARQUET)) {
            try {
                InputFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw new UsageError("--format: " + e.getMessage());
            }
        }
        try {
            readOptions = readOptionFlags.readOptions();
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new UsageError("--batch-size must be between 1 and 10000, was " + batchSize);
        }
        if (partitions != null && partitions < 1) {
            throw new UsageError("--partitions must be at least 1, was " + partitions);
        }
        if (maxSplitBytes != null && maxSplitBytes < 1) {
            throw new UsageError("--max-split-bytes must be at least 1, was " + maxSplitBytes);
        }
    }

    private SparkSession session() {
        SparkConf conf = new SparkConf().setAppName("stance-spark");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    private static List<Path> pluginJars(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }
    }

    static long count(Database database, String sql) {
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot count: " + e.getMessage(), e);
        }
    }

    /** A mistake in how the job was asked for: exit 2, with the message alone. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }
}
