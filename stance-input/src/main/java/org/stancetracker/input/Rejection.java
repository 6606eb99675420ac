package org.stancetracker.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An input record that was not loaded: where it is, why, and the record itself where it could be
 * read, so that it can be fixed and loaded again from the rejects file.
 *
 * @param location the file, with the line or row where the file holds many records
 * @param record the rejected record as read: a JSON line's text, a CSV row's fields as JSON
 */
public record Rejection(String location, String reason, Optional<String> record) {
    public Rejection(String location, String reason) {
        this(location, reason, Optional.empty());
    }

    /**
     * A file or directory that cannot be read, with why in words (permission denied, is a directory…),
     * never only its path, which is what most of Java's I/O exceptions give as their message.
     */
    public static Rejection unreadable(Path path, IOException failure) {
        return unreadable(path.toString(), failure);
    }

    /** A file or directory that cannot be read, at a location that is not a local path (a URI). */
    public static Rejection unreadable(String location, IOException failure) {
        return new Rejection(location, "cannot be read: " + why(failure));
    }

    /**
     * A file that could be read up to a line or row and not past it (a gzip file cut short, say): the
     * records before were read, and the rest of the file is rejected here, with why.
     */
    public static Rejection unreadableFrom(String location, IOException failure) {
        return new Rejection(location, "the rest of the file cannot be read: " + why(failure));
    }

    private static String why(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException || failure instanceof java.io.FileNotFoundException) {
            return "no such file or directory";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (failure instanceof FileSystemLoopException) {
            return "a symbolic link loop";
        }
        String reason = failure instanceof FileSystemException system ? system.getReason() : failure.getMessage();
        if (reason == null
                || reason.isBlank()
                || failure instanceof FileSystemException system && reason.equals(system.getFile())) {
            return failure.getClass().getSimpleName();
        }
        // "Is a directory", "Unexpected end of ZLIB input stream": the operating system's or the library's words.
        return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
