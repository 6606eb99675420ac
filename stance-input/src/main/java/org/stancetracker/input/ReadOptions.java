package org.stancetracker.input;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stancetracker.core.article.ArticleFields;

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
    /** The fields a record may hold, and {@code --column} may name. */
    public static final List<String> FIELDS = List.of("id", "text", "date", "title", "source", "url");

    /**
     * @throws IllegalArgumentException in the words of the command-line options: a column given for a
     *     field that does not exist, or a publication date no article can have
     */
    public ReadOptions {
        columns = Map.copyOf(columns);
        for (String field : columns.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(
                        "--column " + field + "=...: the fields are " + String.join(", ", FIELDS));
            }
        }
        published.ifPresent(day -> ArticleFields.plausibleDay(day, "--published"));
    }
}
