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
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGConnection;
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
    /**
     * The application name this process's connections carry, so that on close it can tell its own
     * connections from other processes'.
     */
    public static final String PROCESS_TAG = "stance-" + ProcessHandle.current().pid();

    /** How long a stop waits for the backends of connections just closed to go, before it counts the others. */
    private static final java.time.Duration LINGERING_BACKEND_GRACE = java.time.Duration.ofSeconds(2);

    private final int port;
    private EmbeddedPostgres owned;
    /** Whether this process took over a server whose owner died without stopping it, and so stops it in its place. */
    private final boolean adopted;

    private final Path home;
    private final Path dataDirectory;
    private final EmbeddedCredentials credentials;
    private boolean closed;

    private EmbeddedServer(
            int port, EmbeddedPostgres owned, boolean adopted, Path home, EmbeddedCredentials credentials) {
        this.port = port;
        this.owned = owned;
        this.adopted = adopted;
        this.home = home;
        this.dataDirectory = home.resolve("pgdata");
        this.credentials = credentials;
    }

    public static EmbeddedServer startOrAttach(Path home) {
        Path dataDirectory = home.resolve("pgdata");
        try {
            Files.createDirectories(home);
            Optional<EmbeddedCredentials> credentials = EmbeddedCredentials.read(home);
            Optional<Integer> running = runningPort(dataDirectory);
            if (running.isPresent() && credentials.isPresent() && ServerOwner.isAlive(home)) {
                return attach(home, running.get(), credentials.get(), false);
            }
            try (FileChannel channel = FileChannel.open(
                            home.resolve("embedded.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                // Another process may have started (or upgraded) it while this one waited for the lock.
                credentials = EmbeddedCredentials.read(home);
                running = runningPort(dataDirectory);
                if (credentials.isEmpty()) {
                    credentials = Optional.of(makePrivate(home, dataDirectory, running.isPresent()));
                    running = Optional.empty();
                }
                if (running.isPresent()) {
                    // A server whose owner is gone (killed, crashed, or out before its last client) is this
                    // process's to stop now, so that none outlives every command on its home.
                    boolean orphan = !ServerOwner.isAlive(home);
                    if (orphan) {
                        LOG.info(
                                "Taking over the embedded PostgreSQL on port {}: the process that started it is gone",
                                running.get());
                        ServerOwner.recordThisProcess(home);
                    }
                    return attach(home, running.get(), credentials.get(), orphan);
                }
                return start(home, credentials.get());
            }
        } catch (IOException e) {
            throw new DatabaseUnavailableException(
                    "cannot start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gives a home its passwords. A new home gets them before its server first starts; a home made by an
     * earlier version, whose server trusted every local connection, is upgraded in place: its server
     * (if one runs) is stopped, and the superuser's password is set in single-user mode, where nobody
     * else can connect, before the server starts again with passwords required.
     */
    private static EmbeddedCredentials makePrivate(Path home, Path dataDirectory, boolean running) throws IOException {
        EmbeddedCredentials credentials = EmbeddedCredentials.pending(home);
        if (!Files.exists(dataDirectory.resolve("postgresql.conf"))) {
            // initdb gives the superuser this password as it creates the server.
            EmbeddedCredentials.commit(home);
            return credentials;
        }
        LOG.info("Making the embedded PostgreSQL in {} private: passwords for every connection", dataDirectory);
        PostgresBinaries binaries = PostgresBinaries.unpacked();
        if (running) {
            LOG.warn("Stopping the embedded PostgreSQL of an earlier version to upgrade it; its clients are cut off");
            binaries.stopFast(dataDirectory);
        }
        writeAccessRules(dataDirectory);
        // The password is ours (URL-safe Base64): nothing in it needs quoting. Single-user mode takes no parameters.
        binaries.runSingleUser(
                dataDirectory,
                "postgres",
                "ALTER ROLE " + EmbeddedCredentials.SUPERUSER + " PASSWORD '" + credentials.superuserPassword()
                        + "'\n");
        EmbeddedCredentials.commit(home);
        return credentials;
    }

    /**
     * Who may connect, rewritten at every start so that an older home's {@code trust} or an edited file
     * does not survive: a password (SCRAM) for everyone, over loopback TCP only. The server has no Unix
     * socket.
     */
    private static void writeAccessRules(Path dataDirectory) throws IOException {
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                # Written by the stance tracker at every start of its embedded server; edits are lost.
                # A password (SCRAM) for every connection, over loopback only; anything else is refused.
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
    }

    private static EmbeddedServer attach(Path home, int port, EmbeddedCredentials credentials, boolean adopted) {
        LOG.info("Using the embedded PostgreSQL already running on port {}", port);
        EmbeddedServer server = new EmbeddedServer(port, null, adopted, home, credentials);
        server.ensureRoleAndDatabase();
        return server;
    }

    private static EmbeddedServer start(Path home, EmbeddedCredentials credentials) throws IOException {
        Path dataDirectory = home.resolve("pgdata");
        boolean initialised = Files.exists(dataDirectory.resolve("postgresql.conf"));
        EmbeddedPostgres postgres = launch(home, credentials, ServerPort.lastFree(home));
        if (!initialised) {
            // initdb's own rules add replication lines; the same rules as every later start, from the first.
            writeAccessRules(dataDirectory);
        }
        EmbeddedServer server = new EmbeddedServer(postgres.getPort(), postgres, false, home, credentials);
        try {
            ServerOwner.recordThisProcess(home);
            ServerPort.record(home, postgres.getPort());
            server.reloadAccessRules(initialised);
            server.ensureRoleAndDatabase();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Starts the postmaster on the given port (0: any free one), creating the server first in a new home.
     * A server that was killed left its {@code postmaster.pid}; PostgreSQL finds its process gone and
     * starts all the same.
     */
    private static EmbeddedPostgres launch(Path home, EmbeddedCredentials credentials, int port) throws IOException {
        Path dataDirectory = home.resolve("pgdata");
        LOG.info("Starting the embedded PostgreSQL with data in {}", dataDirectory);
        boolean initialised = Files.exists(dataDirectory.resolve("postgresql.conf"));
        if (initialised) {
            writeAccessRules(dataDirectory);
        }
        // initdb reads a new home's superuser password from a file; it lives only while the server starts.
        Path passwordFile = Files.createTempFile(
                dataDirectory.getParent(),
                "superuser",
                ".password",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        EmbeddedPostgres postgres;
        try {
            Files.writeString(passwordFile, credentials.superuserPassword() + "\n");
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    // Zonky runs initdb with "-A trust"; these come after it on the command line, and initdb
                    // takes the last: a new home never trusts anyone, not even while it starts.
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", passwordFile.toString())
                    .setConnectConfig("password", credentials.superuserPassword())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // No Unix socket: its directory would be one more door to keep shut.
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "on")
                    // zonky turns this off for speed in tests; here the data is the user's.
                    .setServerConfig("synchronous_commit", "on")
                    // Fewer forced checkpoints while a large archive loads.
                    .setServerConfig("max_wal_size", "4GB")
                    .setPort(port)
                    .start();
        } catch (IOException | RuntimeException e) {
            // Interrupted after the postmaster came up (a signal while it starts): never leave it running alone.
            stopPostmasterOf(dataDirectory);
            throw e;
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        return postgres;
    }

    /**
     * Starts the server again, on the same port, if it has died (its postmaster killed, say) since this
     * process opened it, so that this process's connection settings hold. Called by a watchdog in
     * long-running processes ({@code serve}); a start that fails (the dead server's backends still going,
     * the port taken) is tried again at the next call.
     *
     * @return whether the server runs on this process's port now
     */
    public synchronized boolean restartIfDead() throws IOException {
        if (closed) {
            return false;
        }
        if (stillRunning()) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(
                        home.resolve("embedded.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            Optional<Integer> running = runningPort(dataDirectory);
            if (running.isPresent()) {
                return running.get() == port; // another process restarted it first
            }
            LOG.warn("The embedded PostgreSQL on port {} has died; starting it again", port);
            if (owned != null) {
                // Lets Zonky release its hold on the data directory; its stop finds nothing to stop.
                owned.close();
            }
            owned = launch(home, credentials, port);
            ServerOwner.recordThisProcess(home);
            LOG.info("The embedded PostgreSQL runs again on port {}", port);
            return true;
        }
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
                // The file of a killed server names a process that is gone, whose id may since be another's.
                ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                        .filter(handle -> handle.info()
                                .command()
                                .map(command -> command.endsWith("/postgres"))
                                .orElse(false))
                        .ifPresent(ProcessHandle::destroy);
            }
        } catch (IOException | NumberFormatException e) {
            // no postmaster was started, or it is gone
        }
    }

    /**
     * A connection, as the application's role, to the server that runs for a home now: for tools and
     * tests that look at a home another process started.
     */
    public static Connection connectToRunning(Path home) throws IOException, SQLException {
        int port = runningPort(home.resolve("pgdata"))
                .orElseThrow(() -> new SQLException("no embedded server runs for " + home));
        EmbeddedCredentials credentials = EmbeddedCredentials.read(home)
                .orElseThrow(() -> new SQLException("no embedded credentials in " + home));
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE,
                EmbeddedCredentials.APPLICATION_USER,
                credentials.applicationPassword());
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
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return Optional.of(port);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Connection superuserConnection(String database) throws SQLException {
        return DriverManager.getConnection(
                urlOf(database), EmbeddedCredentials.SUPERUSER, credentials.superuserPassword());
    }

    /** A new home's first start wrote its rules after the server read initdb's; it reads them again. */
    private void reloadAccessRules(boolean alreadyRead) {
        if (alreadyRead) {
            return;
        }
        try (Connection connection = superuserConnection("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(
                    "cannot reload the embedded server's access rules: " + e.getMessage(), e);
        }
    }

    /**
     * The application's role (an ordinary one: no superuser, no new databases or roles) and the
     * database it owns, with every object in it: created on a new home, handed over on an older one
     * whose tables the superuser owned. Each step is idempotent, so a start cut short is finished by the next.
     */
    private void ensureRoleAndDatabase() {
        String role = EmbeddedCredentials.APPLICATION_USER;
        try (Connection connection = superuserConnection("postgres");
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
                createIgnoringRace(statement, "CREATE ROLE " + role + " LOGIN");
            }
            // Identifiers cannot be bind parameters; the role and database names are constants.
            statement.execute(
                    "ALTER ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
            // Hashed here (SCRAM) and sent as a verifier: the password itself never reaches the server.
            connection
                    .unwrap(PGConnection.class)
                    .alterUserPassword(role, credentials.applicationPassword().toCharArray(), "scram-sha-256");
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                // PostgreSQL's built-in C.UTF-8 locale sorts text by code point with memcmp instead of calling
                // the C library for every comparison, which the text keys of the stance indexes make on every
                // insert; case mapping stays Unicode-aware.
                createIgnoringRace(
                        statement,
                        "CREATE DATABASE " + DATABASE + " OWNER " + role
                                + " TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER builtin BUILTIN_LOCALE 'C.UTF-8' LOCALE 'C.UTF-8'");
            }
            statement.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + role);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(
                    "cannot prepare the embedded database on port " + port + ": " + e.getMessage(), e);
        }
        try (Connection connection = superuserConnection(DATABASE);
                Statement statement = connection.createStatement()) {
            statement.execute(HAND_OVER_OBJECTS);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(
                    "cannot hand the embedded database's tables to its role: " + e.getMessage(), e);
        }
    }

    /**
     * Hands what the superuser created in the database (schemas, tables, views, sequences that no column
     * owns, functions) to the application's role. An earlier version connected as the superuser, so its
     * homes need this once; on others it finds nothing. Triggers, indexes and owned sequences follow their table.
     */
    private static final String HAND_OVER_OBJECTS = """
            DO $$
            DECLARE
                ddl text;
            BEGIN
                FOR ddl IN
                    SELECT format('ALTER SCHEMA %I OWNER TO stance', n.nspname)
                    FROM pg_namespace n
                    WHERE n.nspowner = 'postgres'::regrole
                      AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
                    UNION ALL
                    SELECT format('ALTER TABLE %s OWNER TO stance', c.oid::regclass)
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relowner = 'postgres'::regrole
                      AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                      AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                      WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                        AND d.deptype IN ('a', 'i'))
                    UNION ALL
                    SELECT format('ALTER ROUTINE %s OWNER TO stance', p.oid::regprocedure)
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE p.proowner = 'postgres'::regrole
                      AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
                LOOP
                    EXECUTE ddl;
                END LOOP;
            END
            $$
            """;

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(query)) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Runs a CREATE that a process starting at the same moment may have run first. */
    private static void createIgnoringRace(Statement statement, String create) throws SQLException {
        try {
            statement.execute(create);
        } catch (SQLException e) {
            // 42710: role exists; 42P04: database exists; 23505: the catalog's unique index, hit by a true race.
            if (!List.of("42710", "42P04", "23505").contains(e.getSQLState())) {
                throw e;
            }
        }
    }

    private String urlOf(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String jdbcUrl() {
        return urlOf(DATABASE);
    }

    public String user() {
        return EmbeddedCredentials.APPLICATION_USER;
    }

    public String password() {
        return credentials.applicationPassword();
    }

    public int port() {
        return port;
    }

    /** Whether this process started the server or took it over from a dead owner (and so stops it on close). */
    public boolean owns() {
        return owned != null || adopted;
    }

    /**
     * Stops the server if this process owns it, or if its owner is gone, and no other process is
     * connected to it; a server still in use is left running for its other clients, who keep working,
     * and the last of them to leave stops it.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!owns() && ServerOwner.isAlive(home)) {
            return; // its owner runs, and stops it
        }
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
        if (owned != null) {
            try {
                owned.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            stopAndWait();
        }
    }

    /** Stops a server this process did not start: PostgreSQL's smart shutdown, then waits for its port to close. */
    private void stopAndWait() {
        LOG.info("Stopping the embedded PostgreSQL on port {}, left by a process that is gone", port);
        stopPostmasterOf(dataDirectory);
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (stillRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
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
        try (Connection connection = superuserConnection("postgres");
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
