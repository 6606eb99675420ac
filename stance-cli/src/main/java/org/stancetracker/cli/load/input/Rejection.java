package org.stancetracker.cli.load.input;

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

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
