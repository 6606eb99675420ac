package org.stancetracker.api;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.stancetracker.api.http.RouterProblems;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;
import org.stancetracker.db.embedded.EmbeddedServer;

/**
 * Starts the API against the tracker's database: the one named by {@code STANCE_DB_URL}, or the
 * embedded PostgreSQL under {@code STANCE_HOME}, started or shared with a running CLI.
 */
@QuarkusMain
public final class StanceApiMain {
    private StanceApiMain() {}

    /** Set by {@code stance serve}: the pid of the process that started this API and stays with it. */
    static final String PARENT_PID_PROPERTY = "stance.serve.parent-pid";

    /**
     * When {@code stance serve} started this API, the API stops as soon as that process is gone,
     * however it went: killed with SIGKILL, it runs no shutdown hook to stop its child, and the API
     * went on holding the port alone.
     */
    private static void watchParent() {
        String parent = System.getProperty(PARENT_PID_PROPERTY);
        if (parent == null || parent.isBlank()) {
            return;
        }
        java.util.Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(parent.strip()));
        if (handle.isEmpty()) {
            System.exit(1); // gone before this API started
        }
        handle.get().onExit().thenRun(() -> {
            System.err.println("stance-api: the process that started it (" + parent + ") is gone; stopping");
            Quarkus.asyncExit(1);
        });
    }

    public static void main(String... args) {
        // Before Quarkus loads: its check of the request target answers with an empty body; the router answers
        // problem+json.
        System.setProperty(RouterProblems.QUARKUS_URI_CHECK_OFF, "true");
        try (Database database = Database.open(DatabaseSettings.fromEnvironment())) {
            System.setProperty("quarkus.datasource.jdbc.url", database.url());
            // Lets the embedded server tell this process's pool from other clients when it stops.
            System.setProperty(
                    "quarkus.datasource.jdbc.additional-jdbc-properties.ApplicationName", EmbeddedServer.PROCESS_TAG);
            if (database.user() != null) {
                System.setProperty("quarkus.datasource.username", database.user());
            }
            if (database.password() != null) {
                System.setProperty("quarkus.datasource.password", database.password());
            }
            watchParent();
            // A killed embedded postmaster is started again on its port; the pool's check on borrow reconnects.
            database.keepEmbeddedServerRunning(java.time.Duration.ofSeconds(1));
            Quarkus.run(args);
        }
    }
}
