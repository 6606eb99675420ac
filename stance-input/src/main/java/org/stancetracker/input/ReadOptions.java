package org.stancetracker.input;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What every reader needs besides the file: defaults for what records lack, the size limit, and
 * which CSV columns hold which field.
 *
 * @param source the source of records that name none
 * @param published the publication date of records that give none
 * @param maxBytes the largest article accepted
 * @param columns CSV column names by field ({@code id}, {@code text}, {@code date}, {@code title},
 *     {@code source}, {@code url}), overriding the names recognised by default
 */
public record ReadOptions(String source, Optional<LocalDate> published, long maxBytes, Map<String, String> columns) {
    public ReadOptions {
        columns = Map.copyOf(columns);
    }
}
