package org.stancetracker.db.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stancetracker.db.DatabaseUnavailableException;

/**
 * The embedded PostgreSQL under {@code STANCE_HOME}: real PostgreSQL binaries from Maven Central
 * (zonky), with the data directory kept between runs.
 *
 * <p>Several processes share one server: the first to need it starts it, the others find it through
 * the {@code postmaster.pid} file PostgreSQL writes into the data directory and connect to it. A
 * file lock makes sure two processes never start it at once. A server left running by a process
 * that was killed is found and used the same way.
 */
public final class EmbeddedServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);
    public static final String DATABASE = "stance";
    private static final String USER = "postgres";
    /**
     * The application name this process's connections carry, so that on close it can tell its own
     * connections from other processes'.
     */
    public static final String PROCESS_TAG = "stance-" + ProcessHandle.current().pid();

    /** How long a stop waits for the backends of connections just closed to go, before it counts the others. */
    private static final java.time.Duration LINGERING_BACKEND_GRACE = java.time.Duration.ofSeconds(2);

    private final int port;
    private final EmbeddedPostgres owned;
    private final Path dataDirectory;
    private boolean closed;

    private EmbeddedServer(int port, EmbeddedPostgres owned, Path dataDirectory) {
        this.port = port;
        this.owned = owned;
        this.dataDirectory = dataDirectory;
    }

    public static EmbeddedServer startOrAttach(Path home) {
        Path dataDirectory = home.resolve("pgdata");
        try {
            Files.createDirectories(home);
            Optional<Integer> running = runningPort(dataDirectory);
            if (running.isPresent()) {
                return attach(running.get());
            }
            try (FileChannel channel = FileChannel.open(
                            home.resolve("embedded.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                // Another process may have started it while this one waited for the lock.
                running = runningPort(dataDirectory);
                if (running.isPresent()) {
                    return attach(running.get());
                }
                return start(home, dataDirectory);
            }
        } catch (IOException e) {
            throw new DatabaseUnavailableException(
                    "cannot start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    private static EmbeddedServer attach(int port) {
        LOG.info("Using the embedded PostgreSQL already running on port {}", port);
        EmbeddedServer server = new EmbeddedServer(port, null, null);
        server.ensureDatabase();
        return server;
    }

    private static EmbeddedServer start(Path home, Path dataDirectory) throws IOException {
        LOG.info("Starting the embedded PostgreSQL with data in {}", dataDirectory);
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "on")
                    // zonky turns this off for speed in tests; here the data is the user's.
                    .setServerConfig("synchronous_commit", "on")
                    // Fewer forced checkpoints while a large archive loads.
                    .setServerConfig("max_wal_size", "4GB")
                    .start();
        } catch (IOException | RuntimeException e) {
            // Interrupted after the postmaster came up (a signal while it starts): never leave it running alone.
            stopPostmasterOf(dataDirectory);
            throw e;
        }
        EmbeddedServer server = new EmbeddedServer(postgres.getPort(), postgres, dataDirectory);
        try {
            server.ensureDatabase();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Stops the postmaster named in the data directory's {@code postmaster.pid}, for a start that
     * failed half way. Only a process holding the start lock calls it, so that postmaster is its own.
     * SIGTERM asks PostgreSQL for a smart shutdown, which ends as this process's connections close.
     */
    public static void stopPostmasterOf(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            if (!lines.isEmpty() && !lines.get(0).startsWith("-")) {
                ProcessHandle.of(Long.parseLong(lines.get(0).strip())).ifPresent(ProcessHandle::destroy);
            }
        } catch (IOException | NumberFormatException e) {
            // no postmaster was started, or it is gone
        }
    }

    /**
     * The port of a server that runs on this data directory and answers, read from the
     * {@code postmaster.pid} file (its fourth line is the port).
     */
    static Optional<Integer> runningPort(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 4) {
            return Optional.empty();
        }
        int port;
        try {
            port = Integer.parseInt(lines.get(3).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return Optional.of(port);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void ensureDatabase() {
        try (Connection connection = DriverManager.getConnection(urlOf("postgres"), USER, null);
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
                Statement statement = connection.createStatement()) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            // An identifier cannot be a bind parameter; DATABASE is a constant. PostgreSQL's built-in
            // C.UTF-8 locale sorts text by code point with memcmp instead of calling the C library for
            // every comparison, which the text keys of the stance indexes make on every insert; case
            // mapping stays Unicode-aware.
            statement.execute(
                    "CREATE DATABASE " + DATABASE
                            + " TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER builtin BUILTIN_LOCALE 'C.UTF-8' LOCALE 'C.UTF-8'");
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) {
                return; // created by a process that raced this one
            }
            throw new DatabaseUnavailableException(
                    "cannot prepare the embedded database on port " + port + ": " + e.getMessage(), e);
        }
    }

    private String urlOf(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public String jdbcUrl() {
        return urlOf(DATABASE);
    }

    public String user() {
        return USER;
    }

    public int port() {
        return port;
    }

    /** Whether this process started the server (and so stops it on close). */
    public boolean started() {
        return owned != null;
    }

    /**
     * Stops the server if this process started it and no other process is connected to it; a
     * server still in use is left running for its other clients, who keep working.
     */
    @Override
    public synchronized void close() {
        if (owned == null || closed) {
            return;
        }
        closed = true;
        if (!stillRunning()) {
            // Killed, or stopped by someone else: nothing to stop. pg_ctl would fail, and Zonky log that
            // with a stack trace, after the one line in which the command has said what happened.
            LOG.debug("The embedded PostgreSQL on port {} had stopped already", port);
            return;
        }
        int others = otherClients();
        // A connection closed a moment ago is listed until its backend has exited, a few milliseconds on an
        // idle machine and more on a loaded one (Zonky's start-up check, the connection that created the
        // database): it is not a client to keep the server for. A real one, another process's pool, stays.
        long deadline = System.nanoTime() + LINGERING_BACKEND_GRACE.toNanos();
        while (others > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            others = otherClients();
        }
        if (others > 0) {
            LOG.info("Leaving the embedded PostgreSQL running on port {}: {} other connection(s) use it", port, others);
            return;
        }
        try {
            owned.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the server still listens, which is what a stop needs. A killed postmaster may linger a
     * while as a process (a zombie until its parent reaps it), but its port is closed at once.
     */
    private boolean stillRunning() {
        try {
            return runningPort(dataDirectory).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private int otherClients() {
        try (Connection connection = DriverManager.getConnection(urlOf("postgres"), USER, null);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"
                                + " AND pid <> pg_backend_pid() AND application_name IS DISTINCT FROM ?")) {
            query.setString(1, PROCESS_TAG);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            return 0;
        }
    }
}
