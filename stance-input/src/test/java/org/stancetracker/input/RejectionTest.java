package org.stancetracker.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A path that cannot be read is rejected with why, in words, not with its path alone. */
class RejectionTest {
    @TempDir
    Path work;

    private static IOException failureReading(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            in.read();
            throw new AssertionError(path + " was read");
        } catch (IOException e) {
            return e;
        }
    }

    @Test
    void the_reason_says_why_a_path_cannot_be_read() {
        assertThat(Rejection.unreadable(work, failureReading(work)).reason())
                .isEqualTo("cannot be read: is a directory");
        Path missing = work.resolve("missing.txt");
        assertThat(Rejection.unreadable(missing, failureReading(missing)).reason())
                .isEqualTo("cannot be read: no such file or directory");
        assertThat(Rejection.unreadable(missing, new AccessDeniedException(missing.toString()))
                        .reason())
                .isEqualTo("cannot be read: permission denied");
        assertThat(Rejection.unreadable(missing, new java.nio.file.FileSystemException(missing.toString()))
                        .reason())
                .isEqualTo("cannot be read: FileSystemException");
        assertThat(Rejection.unreadable(missing, new java.io.EOFException("Unexpected end of ZLIB input stream"))
                        .toString())
                .isEqualTo(missing + ": cannot be read: unexpected end of ZLIB input stream");
    }
}
