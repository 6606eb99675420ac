package org.stancetracker.cli;

import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.spi.ReferenceData;

/** What a command works with: the database, migrated and holding the current reference data. */
public final class Workspace implements AutoCloseable {
    private final Database database;
    private final ReferenceData referenceData;

    private Workspace(Database database, ReferenceData referenceData) {
        this.database = database;
        this.referenceData = referenceData;
    }

    public static Workspace open() {
        return open(ReferenceDataFile.bundled());
    }

    /** Opens the database and brings it to this reference data file, already read (to check the plugins with). */
    public static Workspace open(ReferenceDataFile file) {
        Database database = Database.open(DatabaseSettings.fromEnvironment());
        try {
            database.prepare(file);
            return new Workspace(database, file.data());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    public ReferenceData referenceData() {
        return referenceData;
    }

    @Override
    public void close() {
        database.close();
    }
}
