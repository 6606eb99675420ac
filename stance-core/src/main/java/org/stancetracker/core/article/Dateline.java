package org.stancetracker.core.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an article's own text gives for itself at its top, as archives and scrapers keep it:
 * "Wed 05 Apr 2017 …", "Published October 26 2016 …", "Date of publication 12 June 2016 …",
 * "Last updated at Jun 132016 …", "01.06.2016(updated …", "15-07-2016 Syrian Army …", or a weekday
 * and day after the headline ("… Reuters Wednesday 26 Oct 2016 …"). Real archives carry a
 * {@code published} field that is sometimes another day (the day scraped, or a later edition); where
 * the text says which day it is, the text wins (the gold sets follow it): extractors are told that
 * day as the article's publication day. Numeric days are read day first, as the outlets that write
 * them do.
 */
public final class Dateline {
    private Dateline() {}

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?,?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    /** "05 Apr 2017", "26 October 2016". */
    private static final String DAY_MONTH_YEAR = "(\\d{1,2})\\s+" + MONTH + ",?\\s+" + YEAR;
    /** "October 26 2016", "Oct. 26, 2016", and, glued, "Jun 132016". */
    private static final String MONTH_DAY_YEAR = MONTH + "\\s+(\\d{1,2}),?\\s*" + YEAR;
    /** "01.06.2016", "15-07-2016", "15/07/2016". */
    private static final String NUMERIC = "(\\d{1,2})[./-](\\d{1,2})[./-]" + YEAR;

    private static final String ANY_DAY = "(?:" + DAY_MONTH_YEAR + "|" + MONTH_DAY_YEAR + "|" + NUMERIC + ")";

    /** At the very top, or after words that announce the day. */
    private static final Pattern AT_TOP = Pattern.compile("\\A\\s*(?:(?:Published|Posted|Updated|Last updated(?: at)?"
            + "|Date of publication|Date)\\s*:?\\s*(?:on\\s+)?)?(?:" + WEEKDAY + "\\s+)?" + ANY_DAY + "(?![\\d])");
    /** A weekday and a day with its year near the top: "… Reuters Wednesday 26 Oct 2016 The …". */
    private static final Pattern WEEKDAY_NEAR_TOP = Pattern.compile(
            "(?<![\\p{L}])" + WEEKDAY + "\\s+" + "(?:" + DAY_MONTH_YEAR + "|" + MONTH_DAY_YEAR + ")(?![\\d])");
    /** How far into the text a weekday dateline may stand: past a headline, not into the story. */
    private static final int NEAR_TOP = 200;

    /** The day the text gives for itself at its top, if it gives one. */
    public static Optional<LocalDate> of(String text) {
        String top = text.substring(0, Math.min(text.length(), NEAR_TOP + 40));
        Matcher atTop = AT_TOP.matcher(top);
        if (atTop.find()) {
            return day(atTop, 1);
        }
        Matcher near = WEEKDAY_NEAR_TOP.matcher(top);
        if (near.find() && near.start() <= NEAR_TOP) {
            return day(near, 1);
        }
        return Optional.empty();
    }

    /** The day of a match of {@link #ANY_DAY} (or its first two forms), whose groups start at {@code first}. */
    private static Optional<LocalDate> day(Matcher m, int first) {
        try {
            if (m.group(first) != null) {
                return valid(
                        Integer.parseInt(m.group(first + 2)),
                        month(m.group(first + 1)),
                        Integer.parseInt(m.group(first)));
            }
            if (m.group(first + 3) != null) {
                return valid(
                        Integer.parseInt(m.group(first + 5)),
                        month(m.group(first + 3)),
                        Integer.parseInt(m.group(first + 4)));
            }
            if (m.groupCount() >= first + 8 && m.group(first + 6) != null) {
                return valid(
                        Integer.parseInt(m.group(first + 8)),
                        Integer.parseInt(m.group(first + 7)),
                        Integer.parseInt(m.group(first + 6)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> valid(int year, int month, int day) {
        return Optional.of(LocalDate.of(year, month, day));
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (java.time.Month month : java.time.Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new NumberFormatException("not a month: " + name);
    }
}
