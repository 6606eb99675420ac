package org.stancetracker.core.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article from plain text as news archives keep it: a headline, perhaps a byline and a dateline
 * near the top, perhaps an "Original url:" line. The text is kept whole, so that evidence offsets
 * point into exactly what was read.
 */
public final class PlainTextArticle {
    private static final int HEADER_LINES = 25;
    private static final int DATELINE_MAX_WORDS = 12;
    private static final Pattern DATELINE = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\\s+(\\d{4})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH);

    private PlainTextArticle() {}

    /** The article with the metadata its text carries. */
    public static Article parse(ArticleKey key, String text) {
        String[] lines = text.split("\\R", HEADER_LINES + 1);
        return new Article(key, url(text), title(lines), dateline(lines), text);
    }

    /** The first non-empty line that reads like a headline (three words or more), skipping captions like "image". */
    static Optional<String> title(String[] lines) {
        for (int i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()
                    && line.split("\\s+").length >= 3
                    && !URL.matcher(line).find()) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /**
     * A short line near the top that carries the date: "September 07, 2018", "6 September 2019",
     * "Wednesday, 19 September 2018", "Last updated: 3 March 2020", "2018-09-07". A date inside body
     * text is not a dateline: the line must be short.
     */
    static Optional<LocalDate> dateline(String[] lines) {
        for (int i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.split("\\s+").length > DATELINE_MAX_WORDS) {
                continue;
            }
            try {
                Matcher words = DATELINE.matcher(line);
                if (words.find()) {
                    return Optional.of(LocalDate.parse(
                            words.group(1) + " " + Integer.parseInt(words.group(2)) + " " + words.group(3),
                            MONTH_DAY_YEAR));
                }
                Matcher dayFirst = DAY_FIRST.matcher(line);
                if (dayFirst.find()) {
                    return Optional.of(LocalDate.parse(
                            dayFirst.group(2) + " " + Integer.parseInt(dayFirst.group(1)) + " " + dayFirst.group(3),
                            MONTH_DAY_YEAR));
                }
                Matcher iso = ISO_DATE.matcher(line);
                if (iso.find()) {
                    return Optional.of(LocalDate.parse(iso.group()));
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
