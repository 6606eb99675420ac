package org.stancetracker.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;

/**
 * Articles from a table's rows: a CSV file with a header, or a Parquet file. The columns of the
 * article's fields are found by their usual names (text, body, content; date, published…) or named
 * with {@code --column FIELD=COLUMN}; a row becomes an article, or a rejection saying why.
 */
public final class TableRecords {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<String>> USUAL_NAMES = Map.of(
            "id", List.of("id", "index", ""),
            "text", List.of("text", "body", "content"),
            "date", List.of("date", "published", "publish_date", "published_at", "pubdate"),
            "title", List.of("title", "headline"),
            "source", List.of("source", "outlet"),
            "url", List.of("url", "link"));

    private final List<String> header;
    private final ReadOptions options;
    private final Map<String, Integer> columns;

    /**
     * @throws IllegalArgumentException when a column named with {@code --column} is not in the header
     */
    public TableRecords(List<String> header, ReadOptions options) {
        this.header = List.copyOf(header);
        this.options = options;
        this.columns = columns(this.header, options);
    }

    /** Why no article can be read from this table (no id or no text column), or empty when they can. */
    public Optional<String> unusable() {
        if (columns.containsKey("id") && columns.containsKey("text")) {
            return Optional.empty();
        }
        return Optional.of("the header " + header + " has no " + (columns.containsKey("id") ? "text" : "id")
                + " column; name it with --column");
    }

    /** The row as an article, or why not; {@code row} holds the header's columns, in order, null for none. */
    public InputRecord read(long ordinal, String location, List<String> row) {
        Optional<String> json = Optional.of(asJson(row));
        String id = field(row, "id");
        String text = field(row, "text");
        if (id == null || id.isBlank()) {
            return new InputRecord.Rejected(ordinal, new Rejection(location, "no id", json));
        }
        if (text == null || text.isBlank()) {
            return new InputRecord.Rejected(ordinal, new Rejection(location, "empty text", json));
        }
        Optional<LocalDate> published;
        try {
            published = Inputs.date(field(row, "date")).or(options::published);
        } catch (IllegalArgumentException e) {
            return new InputRecord.Rejected(ordinal, new Rejection(location, e.getMessage(), json));
        }
        String source = Optional.ofNullable(field(row, "source"))
                .filter(s -> !s.isBlank())
                .orElse(options.source());
        try {
            return new InputRecord.Read(
                    ordinal,
                    location,
                    new Article(
                            new ArticleKey(source, id.strip()),
                            Optional.ofNullable(field(row, "url")).filter(s -> !s.isBlank()),
                            Optional.ofNullable(field(row, "title")).filter(s -> !s.isBlank()),
                            published,
                            text));
        } catch (IllegalArgumentException e) {
            // A field the database could not hold: rejected here, before it can fail a whole batch.
            return new InputRecord.Rejected(ordinal, new Rejection(location, e.getMessage(), json));
        }
    }

    /** A row as JSON, by column name where the name is one and unique, else by position. */
    public String asJson(List<String> row) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < row.size(); i++) {
            String name =
                    i < header.size() && header.get(i) != null && !header.get(i).isBlank() && !node.has(header.get(i))
                            ? header.get(i)
                            : String.valueOf(i);
            node.put(name, row.get(i));
        }
        return node.toString();
    }

    private String field(List<String> row, String field) {
        Integer index = columns.get(field);
        return index == null || index >= row.size() ? null : row.get(index);
    }

    private static Map<String, Integer> columns(List<String> header, ReadOptions options) {
        Map<String, Integer> columns = new HashMap<>();
        for (Map.Entry<String, List<String>> field : USUAL_NAMES.entrySet()) {
            String named = options.columns().get(field.getKey());
            for (int i = 0; i < header.size(); i++) {
                String raw = header.get(i) == null ? "" : header.get(i).strip();
                String name = raw.toLowerCase(Locale.ROOT);
                boolean match = named != null
                        ? raw.equals(named)
                        : field.getValue().contains(name) && (!name.isEmpty() || i == 0);
                if (match) {
                    columns.putIfAbsent(field.getKey(), i);
                }
            }
            if (named != null && !columns.containsKey(field.getKey())) {
                throw new IllegalArgumentException(
                        "--column " + field.getKey() + "=" + named + ": the header " + header + " has no such column");
            }
        }
        return columns;
    }
}
