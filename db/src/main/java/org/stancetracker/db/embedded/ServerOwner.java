package org.stancetracker.db.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which process is responsible for stopping a home's embedded server: the one that started it, or one
 * that adopted it after that process died without stopping it (a SIGKILL, a crash). Kept in
 * {@code $STANCE_HOME/embedded.owner} as the process id and its start time, so that a recycled process
 * id is not taken for the owner.
 */
final class ServerOwner {
    static final String FILE_NAME = "embedded.owner";

    private ServerOwner() {}

    /** Records this process as the owner. */
    static void recordThisProcess(Path home) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        String started = self.info().startInstant().map(Instant::toString).orElse("-");
        Path partial = home.resolve(FILE_NAME + ".partial");
        Files.writeString(partial, self.pid() + " " + started + "\n");
        Files.move(partial, home.resolve(FILE_NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Whether the recorded owner still runs; a home with no record has no owner. */
    static boolean isAlive(Path home) {
        return owner(home).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Optional<ProcessHandle> owner(Path home) {
        List<String> fields;
        try {
            fields = List.of(Files.readString(home.resolve(FILE_NAME)).strip().split(" "));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (fields.size() != 2) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(fields.get(0)))
                    .filter(handle -> handle.info()
                            .startInstant()
                            .map(Instant::toString)
                            .orElse("-")
                            .equals(fields.get(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
