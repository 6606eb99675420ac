package org.stancetracker.db.embedded;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL programs that Zonky unpacks, for the two jobs Zonky has no call for: setting the
 * superuser's password of an older home in single-user mode (its server trusted every local
 * connection, so there was none) and a fast stop of a server that must go before the upgrade.
 */
final class PostgresBinaries {
    private static final long TIMEOUT_SECONDS = 60;

    private final File directory;

    private PostgresBinaries(File directory) {
        this.directory = directory;
    }

    /**
     * Unpacks the binaries (or finds them unpacked) as Zonky does before every start. Zonky keeps that
     * step private; it is called by reflection, pinned by the version in the POM and by
     * EmbeddedServerPrivacyTest, which upgrades an older home through it.
     */
    static PostgresBinaries unpacked() throws IOException {
        try {
            Method prepare =
                    EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            return new PostgresBinaries((File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null));
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IOException("cannot find the embedded PostgreSQL programs: " + e, e);
        }
    }

    /** Runs SQL in single-user mode on a stopped server: no listener, no socket, no client but this one. */
    void runSingleUser(Path dataDirectory, String database, String sql) throws IOException {
        run(
                sql,
                "postgres",
                "--single",
                "-D",
                dataDirectory.toString(),
                "-c",
                "listen_addresses=",
                "-c",
                "unix_socket_directories=",
                database);
    }

    /** Stops a running server at once, rolling back what its clients were doing (pg_ctl's fast mode). */
    void stopFast(Path dataDirectory) throws IOException {
        run("", "pg_ctl", "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w", "-t", "30");
    }

    private void run(String input, String program, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        // PostgreSQL refuses to run as root; Zonky runs it in a user namespace then, and so must this.
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(new File(directory, "bin/" + program).getPath());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        byte[] output = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(program + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(program + " was interrupted", e);
        }
        String said = new String(output, StandardCharsets.UTF_8);
        // Single-user mode reports a failed statement on its output and still exits 0.
        if (process.exitValue() != 0 || said.contains("ERROR:")) {
            throw new IOException(program + " failed (exit " + process.exitValue() + "): " + said.strip());
        }
    }
}
