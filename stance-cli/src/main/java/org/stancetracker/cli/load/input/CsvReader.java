package org.stancetracker.cli.load.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;

/**
 * CSV with a header row (RFC 4180: quoted fields may hold commas and newlines), streamed record by
 * record with Apache Commons CSV. Columns are found by their usual names (id: {@code id},
 * {@code index} or an unnamed first column; text: {@code text}, {@code body}, {@code content};
 * date: {@code date}, {@code published}, {@code publish_date}; {@code title}, {@code source},
 * {@code url}) unless {@code --column field=header} names them. A row with the wrong number of
 * fields, bytes that are not UTF-8, an unparseable date or a field an article may not hold (see
 * {@link org.stancetracker.core.article.ArticleFields}) is rejected with its row number.
 */
final class CsvReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<String>> USUAL_NAMES = Map.of(
            "id", List.of("id", "index", ""),
            "text", List.of("text", "body", "content"),
            "date", List.of("date", "published", "publish_date", "published_at", "pubdate"),
            "title", List.of("title", "headline"),
            "source", List.of("source", "outlet"),
            "url", List.of("url", "link"));

    private final ReadOptions options;

    CsvReader(ReadOptions options) {
        this.options = options;
    }

    void read(Path file, long skip, Consumer<InputRecord> records) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .setIgnoreEmptyLines(true)
                .get();
        long ordinal = 0;
        try (InputStream in = Inputs.open(file);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            Map<String, Integer> columns = columns(header);
            if (!columns.containsKey("id") || !columns.containsKey("text")) {
                records.accept(new InputRecord.Rejected(InputRecord.WHOLE_INPUT, new Rejection(file + ":1",
                        "the header " + header + " has no " + (columns.containsKey("id") ? "text" : "id")
                                + " column; name it with --column")));
                return;
            }
            try {
                for (CSVRecord row : parser) {
                    if (ordinal >= skip) {
                        records.accept(record(file, row, header.size(), columns, ordinal));
                    }
                    ordinal++;
                }
            } catch (UncheckedIOException e) {
                records.accept(new InputRecord.Rejected(InputRecord.WHOLE_INPUT, new Rejection(file + ":line " + parser.getCurrentLineNumber(),
                        "malformed CSV, the rest of the file is not read: " + e.getCause().getMessage())));
            }
        } catch (NoSuchFileException e) {
            records.accept(new InputRecord.Rejected(InputRecord.WHOLE_INPUT, new Rejection(file.toString(), "no such file")));
        }
    }

    private Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (Map.Entry<String, List<String>> field : USUAL_NAMES.entrySet()) {
            String named = options.columns().get(field.getKey());
            for (int i = 0; i < header.size(); i++) {
                String raw = header.get(i) == null ? "" : header.get(i).strip();
                String name = raw.toLowerCase(Locale.ROOT);
                boolean match = named != null ? raw.equals(named) : field.getValue().contains(name) && (!name.isEmpty() || i == 0);
                if (match) {
                    columns.putIfAbsent(field.getKey(), i);
                }
            }
            if (named != null && !columns.containsKey(field.getKey())) {
                throw new IllegalArgumentException("--column " + field.getKey() + "=" + named
                        + ": the header " + header + " has no such column");
            }
        }
        return columns;
    }

    private InputRecord record(Path file, CSVRecord row, int width, Map<String, Integer> columns, long ordinal) {
        String location = file + ":row " + row.getRecordNumber();
        Optional<String> raw = Optional.of(asJson(row));
        if (row.size() != width) {
            return new InputRecord.Rejected(ordinal, new Rejection(location,
                    "has " + row.size() + " fields, the header has " + width, raw));
        }
        for (String value : row) {
            if (value.indexOf('\uFFFD') >= 0) {
                return new InputRecord.Rejected(ordinal, new Rejection(location, "not valid UTF-8", raw));
            }
        }
        String id = field(row, columns, "id");
        String text = field(row, columns, "text");
        if (id == null || id.isBlank()) {
            return new InputRecord.Rejected(ordinal, new Rejection(location, "no id", raw));
        }
        if (text == null || text.isBlank()) {
            return new InputRecord.Rejected(ordinal, new Rejection(location, "empty text", raw));
        }
        if (text.length() > options.maxBytes()) {
            return new InputRecord.Rejected(ordinal, new Rejection(location, "too large: over " + options.maxBytes() + " bytes", raw));
        }
        Optional<LocalDate> published;
        try {
            published = Inputs.date(field(row, columns, "date")).or(options::published);
        } catch (IllegalArgumentException e) {
            return new InputRecord.Rejected(ordinal, new Rejection(location, e.getMessage(), raw));
        }
        String source = Optional.ofNullable(field(row, columns, "source")).filter(s -> !s.isBlank()).orElse(options.source());
        try {
            return new InputRecord.Read(ordinal, location, new Article(new ArticleKey(source, id.strip()),
                    Optional.ofNullable(field(row, columns, "url")).filter(s -> !s.isBlank()),
                    Optional.ofNullable(field(row, columns, "title")).filter(s -> !s.isBlank()), published, text));
        } catch (IllegalArgumentException e) {
            // A field the database could not hold: rejected here, before it can fail a whole batch.
            return new InputRecord.Rejected(ordinal, new Rejection(location, e.getMessage(), raw));
        }
    }

    private static String field(CSVRecord row, Map<String, Integer> columns, String field) {
        Integer index = columns.get(field);
        return index == null || index >= row.size() ? null : row.get(index);
    }

    private static String asJson(CSVRecord row) {
        ObjectNode node = JSON.createObjectNode();
        Map<String, String> map = row.isConsistent() ? row.toMap() : Map.of();
        if (map.isEmpty()) {
            for (int i = 0; i < row.size(); i++) {
                node.put(String.valueOf(i), row.get(i));
            }
        } else {
            map.forEach(node::put);
        }
        return node.toString();
    }
}
