package org.stancetracker.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server this process started stops when it closes, unless another client uses it. A connection
 * closed a moment before is not another client, though PostgreSQL lists its backend until it has
 * exited: counting one such backend as a client is the likely way a `serve` stopped just as its
 * server came up once left the server running alone (StanceScriptIT, on a loaded machine).
 */
class EmbeddedServerStopTest {
    @TempDir
    Path home;

    @Test
    void a_connection_whose_backend_outlives_it_for_a_moment_does_not_keep_the_server_running() throws Exception {
        EmbeddedServer server = EmbeddedServer.startOrAttach(home);
        Path data = home.resolve("pgdata");
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            // Cut off mid-statement: its backend stays listed until the statement ends, half a second on,
            // as a just-closed connection's does for a moment on a loaded machine.
            Connection gone = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
            executor.submit(() -> {
                try (Statement statement = gone.createStatement()) {
                    statement.execute("SELECT pg_sleep(0.5)");
                }
                return null;
            });
            Thread.sleep(100);
            gone.abort(executor);
            server.close();
            assertThat(EmbeddedServer.runningPort(data)).isEmpty();
        } finally {
            executor.shutdownNow();
            EmbeddedServer.stopPostmasterOf(data);
        }
    }

    @Test
    void a_client_that_stays_keeps_the_server_running() throws SQLException, IOException {
        EmbeddedServer server = EmbeddedServer.startOrAttach(home);
        Path data = home.resolve("pgdata");
        try (Connection other = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password())) {
            server.close();
            assertThat(EmbeddedServer.runningPort(data)).isPresent();
        } finally {
            EmbeddedServer.stopPostmasterOf(data);
        }
    }
}
