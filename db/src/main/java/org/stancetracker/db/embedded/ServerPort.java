package org.stancetracker.db.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The port a home's embedded server last had, kept in {@code $STANCE_HOME/embedded.port} and used
 * again when free, so that a server started again after it died (by {@code serve}'s watchdog or by
 * the next command) is where the running processes' connection settings point.
 */
final class ServerPort {
    static final String FILE_NAME = "embedded.port";

    private ServerPort() {}

    /** The last port if it is free now, else 0: any free port. */
    static int lastFree(Path home) {
        int port;
        try {
            port = Integer.parseInt(Files.readString(home.resolve(FILE_NAME)).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        if (port < 1024 || port > 65535) {
            return 0;
        }
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
            return port;
        } catch (IOException taken) {
            return 0;
        }
    }

    static void record(Path home, int port) throws IOException {
        Files.writeString(home.resolve(FILE_NAME), port + "\n");
    }
}
