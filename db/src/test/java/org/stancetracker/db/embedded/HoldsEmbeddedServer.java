package org.stancetracker.db.embedded;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;

/**
 * A command on a home, in its own JVM, for OrphanedServerTest: opens the home's database, says so,
 * then either dies at once as a SIGKILLed loader does ({@code die}: no shutdown hook, no stop) or
 * waits for a line on stdin and exits as a command that ends normally does ({@code finish}).
 */
public final class HoldsEmbeddedServer {
    private HoldsEmbeddedServer() {}

    public static void main(String[] args) throws Exception {
        Database database = Database.open(DatabaseSettings.embeddedAt(Path.of(args[0])));
        System.out.println("open on " + database.url());
        System.out.flush();
        if ("die".equals(args[1])) {
            Runtime.getRuntime().halt(9);
        }
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        database.close();
        System.out.println("closed");
    }
}
