package org.stancetracker.cli.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stancetracker.cli.ExitCode;
import org.stancetracker.cli.ExtractorOptions;
import org.stancetracker.cli.UsageException;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.extraction.ExtractorSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stance serve}: runs the REST API (the stance-api Quarkus application) against the same
 * database as the other commands, until interrupted.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Starts the REST API on the given port, against the same database as the other commands, "
                        + "and runs it until interrupted (Ctrl-C). It listens on localhost only, unless --host opens it to others. "
                        + "POST /api/articles runs the same extractors as load: the plugins of --plugins, with --extractor-setting.",
        footer = {
            "",
            "Examples:",
            "  stance serve",
            "  stance serve --port 9090",
            "  stance serve --host 0.0.0.0   # every interface",
            "  stance serve --plugins ~/my-plugins",
            "  stance serve --extractor-setting statements.min-confidence=0.6"
        })
public final class ServeCommand implements Callable<Integer> {
    /** Set by the {@code ./stance} script: where the built API application is. */
    static final String API_JAR_PROPERTY = "stance.api.jar";

    @Spec
    CommandSpec spec;

    @Mixin
    ExtractorOptions extractorOptions;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "localhost",
            description =
                    "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    /** The pid of the process that started the API, which it watches (read by StanceApiMain). */
    static final String PARENT_PID_PROPERTY = "stance.serve.parent-pid";

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 1 || port > 65535) {
            throw new UsageException("--port must be between 1 and 65535, was " + port);
        }
        if (host.isBlank()) {
            throw new UsageException("--host must name an address, such as localhost or 0.0.0.0");
        }
        checkApiKeys(System.getProperty("STANCE_API_KEYS", System.getenv().getOrDefault("STANCE_API_KEYS", "")));
        // The API runs the extractors these options name, checked here first: a plugin that cannot be
        // loaded or a setting it refuses is a usage error before anything starts.
        ExtractorSetup extractors = extractorOptions.setup();
        extractorOptions.load(ReferenceDataFile.bundled().data());
        // The port is tried on the host before anything starts: one taken is one line, not the API's
        // stack of start-up errors after the database has started. (Another program could still take
        // it in the second before the API binds it: then the API fails as before.)
        InetAddress address = address();
        checkPort(address);
        Path jar = apiJar();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=" + host.strip());
        // The API stops when this process is gone, however it went: a SIGKILL runs no shutdown hook.
        command.add("-D" + PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add(
                "-Dstance.extractors.plugins=" + extractors.pluginDirectory().toAbsolutePath());
        extractors
                .settings()
                .forEach((name, settings) -> settings.forEach((key, value) ->
                        command.add("-Dstance.extractors.setting.\"" + name + "." + key + "\"=" + value)));
        command.add("-jar");
        command.add(jar.toString());
        // The API inherits this environment, so STANCE_HOME and STANCE_DB_* name the same database.
        Process api = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            api.destroy();
            try {
                api.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        // Ready is said once the API accepts connections on its port, not before.
        if (awaitListening(api, address)) {
            spec.commandLine().getErr().println(readyLine(address));
            spec.commandLine().getErr().flush();
        }
        int exit = api.waitFor();
        return exit == 0 || exit == 130 || exit == 143 ? ExitCode.OK : ExitCode.FAILURE;
    }

    /** The address {@code --host} names, or a usage error. */
    private InetAddress address() {
        try {
            return InetAddress.getByName(host.strip());
        } catch (UnknownHostException e) {
            throw new UsageException("--host " + host.strip() + ": no such address");
        }
    }

    /** A usage error unless a server socket could be bound to {@code --port} on {@code --host} now. */
    private void checkPort(InetAddress address) {
        try (ServerSocket probe = new ServerSocket()) {
            // As the API's server binds: a port that only lingers after a closed connection is free.
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            String reason = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (reason.contains("in use")) {
                throw new UsageException("--port " + port + ": already in use on " + host.strip()
                        + "; stop what listens there or choose another port");
            }
            throw new UsageException("--port " + port + ": cannot listen on " + host.strip() + ": " + e.getMessage());
        }
    }

    /**
     * Waits until the API accepts a connection on its port: true then, false if it ended first. Through
     * the loopback address when the API listens on every interface.
     */
    private boolean awaitListening(Process api, InetAddress address) throws InterruptedException {
        InetSocketAddress target =
                new InetSocketAddress(address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : address, port);
        while (api.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(target, 1000);
                return api.isAlive();
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        return false;
    }

    /** Where the page and the API are: on this machine, localhost when the API listens on every interface. */
    private String readyLine(InetAddress address) {
        String where = address.isAnyLocalAddress() ? "localhost" : host.strip();
        if (where.contains(":") && !where.startsWith("[")) {
            where = "[" + where + "]"; // an IPv6 address in a URL
        }
        String base = "http://" + where + ":" + port + "/";
        return "Stance tracker ready: " + base + " (the page), " + base + "q/swagger-ui (the API)";
    }

    private static Path apiJar() {
        String configured = System.getProperty(API_JAR_PROPERTY);
        Path jar = configured != null
                ? Path.of(configured)
                : Path.of("stance-api", "target", "quarkus-app", "quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the API is not built: " + jar.toAbsolutePath()
                    + " is missing; build it with ./mvnw install -DskipTests");
        }
        return jar;
    }

    /**
     * A key the API could never match is refused before it starts: an HTTP header carries ASCII, so a key
     * with any other character (or a space or control inside it) was accepted at start and then never
     * matched. The key itself is never printed.
     */
    static void checkApiKeys(String keys) {
        String[] each = keys.split(",", -1);
        for (int i = 0; i < each.length; i++) {
            String key = each[i].strip();
            for (int c = 0; c < key.length(); c++) {
                char ch = key.charAt(c);
                if (ch < 0x21 || ch > 0x7E) {
                    throw new UsageException("STANCE_API_KEYS: key " + (i + 1) + " holds a character an HTTP header"
                            + " cannot carry (at position " + (c + 1) + "); use letters, digits and ASCII punctuation");
                }
            }
        }
    }
}
