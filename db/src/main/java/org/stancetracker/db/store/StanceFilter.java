package org.stancetracker.db.store;

import java.time.LocalDate;
import java.util.Optional;

/** Which stances to read; an empty part does not filter. Dates bound the stance date, inclusive. */
public record StanceFilter(Optional<String> topic, Optional<String> actor, Optional<LocalDate> from, Optional<LocalDate> to) {
    public static StanceFilter all() {
        return new StanceFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
