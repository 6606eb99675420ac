package org.stancetracker.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.stancetracker.db.embedded.EmbeddedServer;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.reference.ReferenceDataLoader;

/**
 * An open connection target: the external PostgreSQL of the settings, or the embedded one,
 * started or attached to. Closing it stops an embedded server this process started, unless other
 * processes are still using it.
 */
public final class Database implements AutoCloseable {
    /** How long the way out waits for an embedded server that is still starting, so as to stop it. */
    private static final long STARTUP_WAIT_SECONDS = 120;

    private final String url;
    private final String user;
    private final String password;
    private final PGSimpleDataSource dataSource;
    private final AutoCloseable server;
    private Thread shutdownHook;
    private java.util.concurrent.ScheduledExecutorService watchdog;

    private Database(String url, String user, String password, AutoCloseable server) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.server = server;
        this.dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        if (user != null) {
            dataSource.setUser(user);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        dataSource.setApplicationName(EmbeddedServer.PROCESS_TAG);
    }

    /** Opens the database the settings name and checks that it answers. */
    public static Database open(DatabaseSettings settings) {
        Database database;
        if (settings.isEmbedded()) {
            // Ctrl-C or SIGTERM skips close(): the hook stops the server on the way out all the same. It is
            // registered before the server starts, since starting takes seconds (initdb, then the
            // postmaster), and a signal in that time would otherwise leave the postmaster running alone.
            CompletableFuture<EmbeddedServer> starting = new CompletableFuture<>();
            Path dataDirectory = settings.home().resolve("pgdata");
            Thread hook = new Thread(() -> stopOnceStarted(starting, dataDirectory), "stance-embedded-postgres-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            EmbeddedServer server;
            try {
                server = EmbeddedServer.startOrAttach(settings.home());
            } catch (RuntimeException e) {
                starting.completeExceptionally(e);
                removeHook(hook);
                throw e;
            }
            starting.complete(server);
            database = new Database(server.jdbcUrl(), server.user(), server.password(), server);
            if (server.owns()) {
                database.shutdownHook = hook;
            } else {
                removeHook(hook);
            }
        } else {
            database = new Database(
                    settings.url().orElseThrow(),
                    settings.user().orElse(null),
                    settings.password().orElse(null),
                    () -> {});
        }
        database.checkReachable();
        return database;
    }

    /** On the way out: waits for a server still starting, then stops it if this process started it. */
    private static void stopOnceStarted(CompletableFuture<EmbeddedServer> starting, Path dataDirectory) {
        EmbeddedServer server;
        try {
            server = starting.get(STARTUP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            return; // a start that failed stopped what it had started (EmbeddedServer.start)
        } catch (TimeoutException e) {
            // Still starting after minutes: stop the postmaster it may have launched, as it will have no owner.
            EmbeddedServer.stopPostmasterOf(dataDirectory);
            return;
        }
        server.close(); // it decides: a server this process neither owns nor outlived is left alone
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs, and finds nothing this process must stop
        }
    }

    private void checkReachable() {
        try (Connection ignored = dataSource.getConnection()) {
            // reachable
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(
                    "cannot connect to the database at " + url + ": " + e.getMessage(), e);
        }
    }

    /** Applies the Flyway migrations of {@code classpath:db/migration}; a no-op when up to date. */
    public void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /**
     * Brings the database to this release: the migrations, then the reference data file (actors,
     * roles, topics), which every command that writes or reads stances needs in place.
     */
    public void prepare(ReferenceDataFile referenceData) {
        try {
            migrate();
            new ReferenceDataLoader(dataSource).load(referenceData);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot prepare the database at " + url + ": " + e.getMessage(), e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /**
     * For a long-running process ({@code serve}): checks every {@code period} that the embedded server
     * runs, and starts it again on the same port if it died, so that the process answers again within
     * seconds instead of failing until someone restarts it. Nothing to do for an external database:
     * the API's pool checks each connection before lending it and reconnects once the server answers.
     */
    public synchronized void keepEmbeddedServerRunning(java.time.Duration period) {
        if (!(server instanceof EmbeddedServer embedded) || watchdog != null) {
            return;
        }
        watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "stance-embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.scheduleWithFixedDelay(
                () -> {
                    try {
                        embedded.restartIfDead();
                    } catch (java.io.IOException | RuntimeException e) {
                        org.slf4j.LoggerFactory.getLogger(Database.class)
                                .warn("Could not start the embedded PostgreSQL again yet: {}", e.getMessage());
                    }
                },
                period.toMillis(),
                period.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (watchdog != null) {
                watchdog.shutdownNow();
                try {
                    watchdog.awaitTermination(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                return; // the hook runs, or has run, the same close
            }
        }
        try {
            server.close();
        } catch (Exception e) {
            throw new DatabaseUnavailableException("could not stop the embedded database: " + e.getMessage(), e);
        }
    }
}
