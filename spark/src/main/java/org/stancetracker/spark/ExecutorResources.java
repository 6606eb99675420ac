package org.stancetracker.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.SparkEnv;
import org.apache.spark.SparkFiles;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.store.ArticleStore;
import org.stancetracker.db.store.ReExtractionStore;
import org.stancetracker.extraction.ExtractionRunner;
import org.stancetracker.extraction.ExtractorSetup;
import org.stancetracker.extraction.LoadedExtractor;
import org.stancetracker.spi.ReferenceData;

/**
 * What the tasks of a job share within one executor JVM: the extractors, loaded once through the same
 * registry and plugin class loaders as {@code ./stance}, and the database. Built by the first task of
 * the job to run in the JVM, not once per record or per task; a later job with other settings
 * replaces them.
 */
final class ExecutorResources {
    /** The resources of the job that ran last in this JVM; tasks run in parallel, so access is synchronised. */
    private static ExecutorResources current;

    private final JobSettings settings;
    private final ReferenceData referenceData;
    private final List<LoadedExtractor> extractors;
    private final ExtractionRunner runner;
    private final Database database;

    private ExecutorResources(JobSettings settings) {
        this.settings = settings;
        this.referenceData = ReferenceDataFile.bundled().data();
        Path scratch = scratchDirectory();
        List<LoadedExtractor> loaded = ExtractorSetup.of(
                        scratch, Optional.of(pluginDirectory(settings, scratch)), settings.extractorSettings())
                .load(ExecutorResources.class.getClassLoader(), referenceData)
                .extractors();
        this.extractors = settings.onlyExtractor() == null
                ? loaded
                : loaded.stream()
                        .filter(e -> e.ref().name().equals(settings.onlyExtractor()))
                        .toList();
        this.runner = new ExtractionRunner(extractors, referenceData);
        this.database = Database.open(new DatabaseSettings(
                Optional.of(settings.databaseUrl()),
                Optional.ofNullable(settings.databaseUser()),
                Optional.ofNullable(settings.databasePassword()),
                scratch));
    }

    static synchronized ExecutorResources of(JobSettings settings) {
        if (current == null || !current.settings.equals(settings)) {
            if (current != null) {
                current.database.close();
            }
            current = new ExecutorResources(settings);
        }
        return current;
    }

    ExtractionRunner runner() {
        return runner;
    }

    List<LoadedExtractor> extractors() {
        return extractors;
    }

    ArticleStore articleStore() {
        return new ArticleStore(database.dataSource());
    }

    ReExtractionStore reExtractionStore() {
        return new ReExtractionStore(database.dataSource());
    }

    /**
     * A directory for this job's plugin links: under Spark's own directory for the application's
     * files, which Spark deletes when the application ends, or a temporary one outside Spark.
     */
    private static Path scratchDirectory() {
        try {
            if (SparkEnv.get() != null) {
                return Files.createTempDirectory(Path.of(SparkFiles.getRootDirectory()), "stance-executor");
            }
            return Files.createTempDirectory("stance-spark-executor");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory for the extractors", e);
        }
    }

    /**
     * The plugin jars shipped with the job, gathered in one directory as the registry expects them:
     * links to where Spark put each file on this executor.
     */
    private static Path pluginDirectory(JobSettings settings, Path scratch) {
        Path directory = scratch.resolve(ExtractorSetup.PLUGINS_DIRECTORY);
        try {
            Files.createDirectories(directory);
            for (String jar : settings.pluginJars()) {
                Files.createSymbolicLink(directory.resolve(jar), Path.of(SparkFiles.get(jar)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot gather the plugin jars shipped with the job", e);
        }
        return directory;
    }
}
