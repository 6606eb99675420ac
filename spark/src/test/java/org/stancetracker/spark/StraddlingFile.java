package org.stancetracker.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A JSON Lines file of exactly {@code 28 × unit} bytes, built so that every boundary of its ranges when
 * cut in 2, 4 or 7 ranges of equal size (at multiples of 4 and of 7 units) falls inside a record: in the
 * middle of a character of two, three or four bytes, between the CR and the LF of a CR LF line ending,
 * on a line's LF, inside its text or inside its id. Between them are articles (sentences written for
 * this test, each text its own), blank lines, and records that are rejected (not JSON, no text), so that
 * rejections in later ranges must be numbered by the lines of earlier ones.
 */
final class StraddlingFile {
    static final int UNIT = 700;
    static final int UNITS = 28;

    private static final String[] ACTORS = {"Turkey", "Russia", "Iran", "France", "Germany", "Jordan", "Qatar"};
    private static final String[] DEEDS = {
        "said it supports a ceasefire in Idlib",
        "called for a ceasefire in Idlib",
        "backed the buffer zone in Idlib",
        "said it opposes an offensive on Idlib",
        "welcomed the Sochi agreement on Idlib"
    };
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    /** How a boundary falls inside the record that straddles it. */
    private enum Straddle {
        /** After the first of the two bytes of "ü". */
        TWO_BYTE_CHARACTER("Zürich", 2),
        /** After the first of the three bytes of "’". */
        THREE_BYTE_CHARACTER("Ankara’s", 7),
        /** After the second of the four bytes of an emoji. */
        FOUR_BYTE_CHARACTER("🕊", 2),
        /** Between the CR and the LF that end the line. */
        CR_LF(null, 0),
        /** On the LF that ends the line. */
        ON_LF(null, 0),
        /** In the middle of a word of the text. */
        IN_TEXT("negotiations", 5),
        /** Inside the record's id, before its text. */
        IN_ID(null, 0);

        final String marker;
        final int bytesIntoMarker;

        Straddle(String marker, int bytesIntoMarker) {
            this.marker = marker;
            this.bytesIntoMarker = bytesIntoMarker;
        }
    }

    /** The articles written, and the lines (from 1) of the records that are rejected. */
    record Written(int articles, List<Integer> rejectedLines, List<Long> boundaries) {}

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final List<Integer> rejectedLines = new ArrayList<>();
    private int line = 1;
    private int articles;

    private StraddlingFile() {}

    static Written write(Path file) throws IOException {
        StraddlingFile out = new StraddlingFile();
        TreeSet<Long> boundaries = new TreeSet<>();
        for (int ranges : new int[] {2, 4, 7}) {
            for (int i = 1; i < ranges; i++) {
                boundaries.add((long) i * UNITS * UNIT / ranges);
            }
        }
        Straddle[] kinds = Straddle.values();
        int next = 0;
        for (long boundary : boundaries) {
            out.fillUpTo(boundary - 260);
            out.straddle(boundary, kinds[next++ % kinds.length]);
        }
        out.fillUpTo((long) UNITS * UNIT - 200);
        out.lastRecordEndingAt((long) UNITS * UNIT);
        Files.write(file, out.bytes.toByteArray());
        return new Written(out.articles, List.copyOf(out.rejectedLines), List.copyOf(boundaries));
    }

    /** Ordinary lines (articles, a blank line now and then, a bad record now and then) while there is room. */
    private void fillUpTo(long limit) {
        while (true) {
            String record = switch (line % 9) {
                case 3 -> "";
                case 5 -> "{\"id\": \"bad-" + line + "\", \"text\": \"this record never closes";
                case 7 -> "{\"id\": \"empty-" + line + "\"}";
                default -> article("a-" + line, sentence(line));
            };
            String ending = line % 2 == 0 ? "\r\n" : "\n";
            if (bytes.size() + utf8(record + ending).length > limit) {
                return;
            }
            if (record.startsWith("{\"id\": \"bad-") || record.startsWith("{\"id\": \"empty-")) {
                rejectedLines.add(line);
            }
            append(record + ending);
        }
    }

    /** One article whose bytes put the boundary where the kind says. */
    private void straddle(long boundary, Straddle kind) {
        String id = "s-" + line;
        String text = sentence(line);
        long at = bytes.size();
        switch (kind) {
            case CR_LF, ON_LF -> {
                String ending = kind == Straddle.CR_LF ? "\r\n" : "\n";
                // The LF lands on the boundary: the padding fills the line up to it.
                long room = boundary - at - utf8(article(id, text + " ")).length - (kind == Straddle.CR_LF ? 1 : 0);
                append(article(id, text + " " + padding(room)) + ending);
            }
            case IN_ID -> {
                // The id is padded so that the boundary falls inside it, after the record's first bytes.
                String opening = "{\"id\": \"" + id;
                long room = boundary - at - utf8(opening).length;
                append(article(id + "x".repeat((int) room + 3), text) + "\n");
            }
            default -> {
                String before = "{\"id\": \"" + id + "\", \"text\": \"" + text + " ";
                long room = boundary - at - utf8(before).length - kind.bytesIntoMarker;
                String full = text + " " + padding(room) + kind.marker + " was named in the talks.";
                append(article(id, full) + "\n");
            }
        }
        if (bytes.size() <= boundary) {
            throw new IllegalStateException("the record meant to straddle byte " + boundary + " ends before it");
        }
    }

    /** The last record, padded to end the file at exactly {@code length} bytes, with no line break after it. */
    private void lastRecordEndingAt(long length) {
        String id = "last-" + line;
        String text = sentence(line) + " ";
        long room = length - bytes.size() - utf8(article(id, text)).length;
        append(article(id, text + padding(room)));
        if (bytes.size() != length) {
            throw new IllegalStateException("the file is " + bytes.size() + " bytes, not " + length);
        }
    }

    private void append(String lineWithEnding) {
        bytes.writeBytes(utf8(lineWithEnding));
        articles += lineWithEnding.startsWith("{\"id\": \"a-")
                        || lineWithEnding.startsWith("{\"id\": \"s-")
                        || lineWithEnding.startsWith("{\"id\": \"last-")
                ? 1
                : 0;
        line++;
    }

    /** ASCII words of exactly {@code length} bytes (a length below zero means the plan is wrong). */
    private static String padding(long length) {
        if (length < 0) {
            throw new IllegalStateException("no room for the padding: " + length);
        }
        String words = "The delegations met again the next morning and spoke at length of the roads. ";
        StringBuilder padding = new StringBuilder();
        while (padding.length() < length) {
            padding.append(words);
        }
        padding.setLength((int) length);
        return padding.toString();
    }

    private static String sentence(int n) {
        return "Report " + n + ": " + ACTORS[n % ACTORS.length] + " " + DEEDS[n % DEEDS.length] + " on "
                + DAYS[n % DAYS.length] + ", its foreign ministry said in a statement of record " + n + ".";
    }

    private static String article(String id, String text) {
        return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\", \"published\": \"2018-09-1" + (id.length() % 9)
                + "\"}";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
