package org.stancetracker.core.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a stored article's fields may hold. Every way in (the API, each input format of the loader)
 * meets the same rules here, before anything reaches the database, which would refuse some of these
 * values only at insert time and so fail a whole batch:
 * <ul>
 *   <li>text fields hold no U+0000 (PostgreSQL text cannot) and no unpaired surrogate (it is not
 *       Unicode, and would be stored as {@code ?});</li>
 *   <li>a publication day lies in {@link #EARLIEST} … {@link #LATEST}: the years that news can come from,
 *       well inside what Java and PostgreSQL dates hold;</li>
 *   <li>a URL is an absolute {@code http} or {@code https} one with a host, since the web page links it;</li>
 *   <li>a title holds at most {@link #MAX_TITLE} characters and a URL {@link #MAX_URL}: answers carry
 *       them beside every stance, and one huge title made a page of stances 85 MB;</li>
 *   <li>a text holds at least one letter or digit: one of only spaces, non-breaking or zero-width, is
 *       empty however long.</li>
 * </ul>
 * Each check is one pass over the value.
 */
public final class ArticleFields {
    /** The earliest publication day, and the earliest day a query may name. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest publication day, and the latest day a query may name. */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** The longest title stored, in characters: a headline is a line. */
    public static final int MAX_TITLE = 1_000;
    /** The longest URL stored, in characters. */
    public static final int MAX_URL = 2_048;

    private ArticleFields() {}

    /** The text, when it holds a letter or a digit; else an {@link InvalidArticleException} naming the field. */
    public static String visibleText(String value, String field) {
        for (int i = 0, n = value.length(); i < n; ) {
            int c = value.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return value;
            }
            i += Character.charCount(c);
        }
        throw new InvalidArticleException(
                field, "holds no letter or digit (only spaces, invisible characters or punctuation)");
    }

    /** The value, when it is at most {@code max} characters long; else an {@link InvalidArticleException} naming the field. */
    public static String bounded(String value, int max, String field) {
        if (value.length() > max) {
            throw new InvalidArticleException(field, "is " + value.length() + " characters long, more than " + max);
        }
        return value;
    }

    /** The value, when it holds no NUL and no unpaired surrogate; else an {@link InvalidArticleException} naming the field and the offset. */
    public static String storableText(String value, String field) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                throw new InvalidArticleException(field, "holds a NUL character (U+0000) at offset " + i);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new InvalidArticleException(
                        field, "holds an unpaired surrogate (U+" + hex(c) + ") at offset " + i);
            }
            if (Character.isLowSurrogate(c)) {
                throw new InvalidArticleException(
                        field, "holds an unpaired surrogate (U+" + hex(c) + ") at offset " + i);
            }
        }
        return value;
    }

    /** The day, when it lies between {@link #EARLIEST} and {@link #LATEST}. */
    public static LocalDate plausibleDay(LocalDate day, String field) {
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw new InvalidArticleException(
                    field, "must lie between " + EARLIEST + " and " + LATEST + ", was " + day);
        }
        return day;
    }

    /** The URL, when it is an absolute http(s) URL with a host. */
    public static String webUrl(String url, String field) {
        storableText(url, field);
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below, without the parser's wording
        }
        throw new InvalidArticleException(
                field, "must be an absolute http or https URL, was '" + abbreviated(url) + "'");
    }

    private static String hex(char c) {
        return String.format(Locale.ROOT, "%04X", (int) c);
    }

    private static String abbreviated(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
