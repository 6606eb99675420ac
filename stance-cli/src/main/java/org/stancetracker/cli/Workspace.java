package org.stancetracker.cli;

import java.sql.SQLException;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;
import org.stancetracker.db.DatabaseUnavailableException;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.reference.ReferenceDataLoader;
import org.stancetracker.extraction.ExtractionRunner;
import org.stancetracker.spi.ReferenceData;

/**
 * What a command works with: the database, migrated and holding the current reference data, and
 * the extractors built on that reference data.
 */
public final class Workspace implements AutoCloseable {
    private final Database database;
    private final ReferenceData referenceData;

    private Workspace(Database database, ReferenceData referenceData) {
        this.database = database;
        this.referenceData = referenceData;
    }

    public static Workspace open() {
        Database database = Database.open(DatabaseSettings.fromEnvironment());
        try {
            database.migrate();
            ReferenceDataFile file = ReferenceDataFile.bundled();
            new ReferenceDataLoader(database.dataSource()).load(file);
            return new Workspace(database, file.data());
        } catch (SQLException | RuntimeException e) {
            database.close();
            if (e instanceof SQLException) {
                throw new DatabaseUnavailableException("cannot prepare the database at " + database.url() + ": " + e.getMessage(), e);
            }
            throw (RuntimeException) e;
        }
    }

    public Database database() {
        return database;
    }

    public ReferenceData referenceData() {
        return referenceData;
    }

    /** Runs the extractors the options name on this workspace's reference data. */
    public ExtractionRunner extractionRunner(ExtractorOptions options, java.io.PrintWriter diagnostics) {
        return new ExtractionRunner(options.loadAndReport(referenceData, diagnostics).extractors(), referenceData);
    }

    @Override
    public void close() {
        database.close();
    }
}
