package org.stancetracker.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a JSON Lines file in byte ranges, as the Spark job's tasks do: for every way of cutting the
 * file into ranges, the ranges together read exactly the records that reading the file whole reads
 * ({@code stance load}'s way), each once, at the same line numbers, with the same rejections.
 */
class JsonLinesRangesTest {
    /** Small, so that one line of this test's file is over it and rejected as too large. */
    private static final ReadOptions OPTIONS = new ReadOptions("desk", Optional.empty(), 400, Map.of());

    @TempDir
    Path work;

    /**
     * A file with every kind of line a range boundary can fall in: multi-byte UTF-8 characters (two,
     * three and four bytes), CR LF endings, blank lines, a line of only CR, a line that is not JSON,
     * one over the size limit, a byte order mark first and no line break after the last line.
     */
    static byte[] trickyFile() {
        StringBuilder text = new StringBuilder("\uFEFF");
        text.append(article("a-1", "Ankara said on Monday that the talks in Sochi had gone well."))
                .append('\n');
        text.append(article("a-2", "Zürich hosted a meeting where Paris’s envoy spoke 🙂 of a truce."))
                .append("\r\n");
        text.append('\n');
        text.append("\r\n");
        text.append("{\"id\": \"broken\", \"text\": \"this line never closes its object\"\n");
        text.append(article("a-3", "Ωmega group’s statement — about Idlib — was read on Tuesday."))
                .append("\r\n");
        text.append(article("a-4", "x".repeat(450))).append('\n');
        text.append("   \n");
        text.append(article("a-5", "Moscow said the buffer zone would hold, ☃ or not."));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String article(String id, String text) {
        return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\"}";
    }

    @Test
    void every_range_size_from_one_byte_to_the_whole_file_reads_each_record_once_at_its_line() throws IOException {
        Path file = Files.write(work.resolve("tricky.jsonl"), trickyFile());
        List<String> whole = readWhole(file);
        assertThat(whole)
                .as("the file's own records, read whole")
                .containsExactly(
                        "tricky.jsonl:1 read desk/a-1",
                        "tricky.jsonl:2 read desk/a-2",
                        "tricky.jsonl:5 rejected malformed JSON",
                        "tricky.jsonl:6 read desk/a-3",
                        "tricky.jsonl:7 rejected too large",
                        "tricky.jsonl:9 read desk/a-5");
        long length = Files.size(file);
        for (long size = 1; size <= length + 1; size++) {
            assertThat(readInRanges(file, size, true))
                    .as("ranges of %d bytes", size)
                    .isEqualTo(whole);
        }
    }

    @Test
    void ranges_numbered_from_their_own_start_add_up_to_the_files_line_numbers() throws IOException {
        // What the Spark job does: each task numbers its lines from its range's start, and the driver
        // adds the line breaks of the earlier ranges, which the tasks report, to each rejection's line.
        Path file = Files.write(work.resolve("tricky.jsonl"), trickyFile());
        List<String> whole = readWhole(file);
        for (long size = 1; size <= Files.size(file); size += 7) {
            assertThat(readInRanges(file, size, false))
                    .as("ranges of %d bytes", size)
                    .isEqualTo(whole);
        }
    }

    @Test
    void a_range_that_starts_just_after_a_line_break_reads_the_line_that_starts_there() throws IOException {
        byte[] bytes = (article("first", "Tehran spoke first.") + "\n" + article("second", "Ankara spoke next.") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(work.resolve("two.jsonl"), bytes);
        int secondStarts = new String(bytes, StandardCharsets.UTF_8).indexOf('\n') + 1;

        List<String> firstRange = new ArrayList<>();
        List<String> secondRange = new ArrayList<>();
        long breaks = InputFormat.JSONL.readRange(
                InputFile.of(file), 0, secondStarts, 0, OPTIONS, r -> firstRange.add(describe(r)));
        InputFormat.JSONL.readRange(
                InputFile.of(file), secondStarts, bytes.length, breaks, OPTIONS, r -> secondRange.add(describe(r)));

        assertThat(breaks).isEqualTo(1);
        assertThat(firstRange).containsExactly("two.jsonl:1 read desk/first");
        assertThat(secondRange).containsExactly("two.jsonl:2 read desk/second");
    }

    @Property(tries = 200)
    void any_file_cut_at_any_size_reads_as_it_does_whole(
            @ForAll("files") List<String> lines, @ForAll @IntRange(min = 1, max = 300) int size) throws IOException {
        Path file = Files.createTempFile("ranges", ".jsonl");
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (String line : lines) {
                bytes.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            }
            Files.write(file, bytes.toByteArray());
            assertThat(readInRanges(file, size, true)).isEqualTo(readWhole(file));
        } finally {
            Files.delete(file);
        }
    }

    /** Lines of articles (or not), ending in LF, CR LF or nothing, with characters of one to four bytes. */
    @Provide
    Arbitrary<List<String>> files() {
        Arbitrary<String> words = Arbitraries.of("Idlib", "Ankara’s", "Zürich", "🙂", "truce", "—", "é", " ", "\\\"");
        Arbitrary<String> texts = words.list().ofMinSize(0).ofMaxSize(12).map(w -> String.join(" ", w));
        Arbitrary<String> ids = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> records = Arbitraries.oneOf(
                ids.flatMap(id -> texts.map(text -> article(id, text))), texts, Arbitraries.of("", "\r", "{", "  "));
        Arbitrary<String> endings = Arbitraries.of("\n", "\r\n", "\n\n");
        return records.flatMap(r -> endings.map(e -> r + e))
                .list()
                .ofMaxSize(20)
                .flatMap(list -> Arbitraries.of("", "\r", "{\"id\": \"last\", \"text\": \"no line break after me\"}")
                        .map(last -> {
                            List<String> all = new ArrayList<>(list);
                            all.add(last);
                            return all;
                        }));
    }

    private static List<String> readWhole(Path file) throws IOException {
        List<String> read = new ArrayList<>();
        InputFormat.JSONL.read(file, 0, OPTIONS, r -> read.add(describe(r)));
        return read;
    }

    /**
     * The records of the file read range after range. With {@code sequential}, each range is given the
     * line breaks of those before it; otherwise each is numbered from its own start and its lines are
     * moved on by those breaks afterwards.
     */
    private static List<String> readInRanges(Path file, long size, boolean sequential) throws IOException {
        long length = Files.size(file);
        List<String> read = new ArrayList<>();
        long linesBefore = 0;
        for (long start = 0; start < length; start += size) {
            List<InputRecord> range = new ArrayList<>();
            long before = linesBefore;
            linesBefore += InputFormat.JSONL.readRange(
                    InputFile.of(file),
                    start,
                    Math.min(length, start + size),
                    sequential ? before : 0,
                    OPTIONS,
                    range::add);
            for (InputRecord record : range) {
                read.add(sequential ? describe(record) : moveLines(describe(record), before));
            }
        }
        return read;
    }

    private static String moveLines(String described, long lines) {
        int colon = described.indexOf(':');
        int space = described.indexOf(' ');
        long line = Long.parseLong(described.substring(colon + 1, space));
        return described.substring(0, colon + 1) + (line + lines) + described.substring(space);
    }

    /** A record as "file:line read source/id" or "file:line rejected reason", the reason cut at its first colon. */
    private static String describe(InputRecord record) {
        if (record instanceof InputRecord.Read read) {
            return shortLocation(read.location()) + " read "
                    + read.article().key().source() + "/" + read.article().key().externalId();
        }
        Rejection rejection = ((InputRecord.Rejected) record).rejection();
        return shortLocation(rejection.location()) + " rejected "
                + rejection.reason().split(":")[0];
    }

    private static String shortLocation(String location) {
        return Path.of(location).getFileName().toString();
    }
}
