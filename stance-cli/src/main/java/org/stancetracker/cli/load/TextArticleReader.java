package org.stancetracker.cli.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;

/**
 * Reads one plain-text article per file. The file name is the external id; the title, dateline and
 * "Original url:" line are taken from the text where they are there. The text is kept whole, so that
 * evidence offsets point into exactly what was read.
 */
public final class TextArticleReader {
    private static final int HEADER_LINES = 25;
    private static final Pattern DATELINE = Pattern.compile(
            "(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH);

    private final String source;
    private final long maxBytes;

    public TextArticleReader(String source, long maxBytes) {
        this.source = source;
        this.maxBytes = maxBytes;
    }

    /** The outcome of reading one file: an article, or why there is none. */
    public sealed interface Read permits Loaded, Rejected {
    }

    public record Loaded(Article article) implements Read {
    }

    public record Rejected(Rejection rejection) implements Read {
    }

    public Read read(Path file) {
        String location = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return reject(location, "too large: " + size + " bytes, the limit is " + maxBytes);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return reject(location, "no such file");
        } catch (IOException e) {
            return reject(location, "cannot be read: " + e.getMessage());
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return reject(location, "binary file: NUL byte at offset " + i);
            }
        }
        String text;
        try {
            text = decode(bytes);
        } catch (MalformedInputException e) {
            return reject(location, "not valid UTF-8 (malformed input of " + e.getInputLength() + " byte(s))");
        } catch (CharacterCodingException e) {
            return reject(location, "not valid UTF-8: " + e.getMessage());
        }
        if (text.isBlank()) {
            return reject(location, "empty text");
        }
        String[] lines = text.split("\\R", HEADER_LINES + 1);
        Article article = new Article(new ArticleKey(source, file.getFileName().toString()),
                url(text), title(lines), dateline(lines), text);
        return new Loaded(article);
    }

    private static Rejected reject(String location, String reason) {
        return new Rejected(new Rejection(location, reason));
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The first non-empty line that reads like a headline (three words or more), skipping captions like "image". */
    static Optional<String> title(String[] lines) {
        for (int i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && line.split("\\s+").length >= 3 && !URL.matcher(line).find()) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** A line near the top that is only a date: "September 07, 2018", "September 9, 2018", "2018-09-07". */
    static Optional<LocalDate> dateline(String[] lines) {
        for (int i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
            String line = lines[i].strip();
            Matcher words = DATELINE.matcher(line);
            try {
                if (words.matches()) {
                    return Optional.of(LocalDate.parse(words.group(1) + " " + Integer.parseInt(words.group(2)) + " " + words.group(3), MONTH_DAY_YEAR));
                }
                if (ISO_DATE.matcher(line).matches()) {
                    return Optional.of(LocalDate.parse(line));
                }
            } catch (DateTimeParseException e) {
                // "February 31, 2018" is not a dateline; keep looking.
            }
        }
        return Optional.empty();
    }

    /** The address after an "Original url:" label, on the same line or the next non-empty one. */
    static Optional<String> url(String text) {
        int label = text.toLowerCase(Locale.ROOT).lastIndexOf("original url:");
        if (label < 0) {
            return Optional.empty();
        }
        Matcher url = URL.matcher(text).region(label, Math.min(text.length(), label + 500));
        return url.find() ? Optional.of(url.group()) : Optional.empty();
    }
}
