package org.stancetracker.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.stancetracker.db.embedded.EmbeddedServer;

/**
 * An open connection target: the external PostgreSQL of the settings, or the embedded one,
 * started or attached to. Closing it stops an embedded server this process started, unless other
 * processes are still using it.
 */
public final class Database implements AutoCloseable {
    private final String url;
    private final String user;
    private final String password;
    private final PGSimpleDataSource dataSource;
    private final AutoCloseable server;
    private Thread shutdownHook;

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
            EmbeddedServer server = EmbeddedServer.startOrAttach(settings.home());
            database = new Database(server.jdbcUrl(), server.user(), null, server);
            if (server.started()) {
                // Ctrl-C or SIGTERM skips close(): stop the server on the way out all the same.
                Thread hook = new Thread(server::close, "stance-embedded-postgres-stop");
                Runtime.getRuntime().addShutdownHook(hook);
                database.shutdownHook = hook;
            }
        } else {
            database = new Database(settings.url().orElseThrow(), settings.user().orElse(null),
                    settings.password().orElse(null), () -> { });
        }
        database.checkReachable();
        return database;
    }

    private void checkReachable() {
        try (Connection ignored = dataSource.getConnection()) {
            // reachable
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot connect to the database at " + url + ": " + e.getMessage(), e);
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

    @Override
    public void close() {
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
