package org.stancetracker.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.stancetracker.input.Rejection;
import org.stancetracker.input.RejectionJson;

/**
 * Line numbers for the rejections of a file read in byte ranges, without reading any byte twice. A
 * task cannot know how many lines come before its range without reading them; so it numbers its lines
 * from its range's start and reports how many line breaks its range holds. Once every task has ended,
 * the driver adds up the line breaks of each range's predecessors, and a rejection's line becomes its
 * line in the file. Only rejections need it: an article stored is not located by line.
 */
final class RangeLineNumbers {
    private RangeLineNumbers() {}

    /** Where a range starts: a file and a byte offset. */
    record Start(String file, long offset) implements Serializable {}

    /**
     * The line breaks in bytes {@code [start, end)} of a file, as the task that read the range counted
     * them; negative when the range could not be read, so that its count is unknown.
     */
    record LineBreaks(String file, long start, long end, long count) implements Serializable {}

    /**
     * A rejection in a range, its line counted from the range's start: the reader made its location
     * {@code file + ":" + line}, with line 1 the one that holds the range's first byte.
     */
    record Reject(String file, long rangeStart, String location, String reason, String record) implements Serializable {
        static Reject of(FileRange range, Rejection rejection) {
            return new Reject(
                    range.file().uri(),
                    range.start(),
                    rejection.location(),
                    rejection.reason(),
                    rejection.record().orElse(null));
        }

        /** The rejects-output line, its location naming the file's own line where there is one. */
        String line(Map<Start, Long> linesBefore) {
            return RejectionJson.line(new Rejection(location(linesBefore), reason, Optional.ofNullable(record)));
        }

        private String location(Map<Start, Long> linesBefore) {
            String prefix = file + ":";
            if (!location.startsWith(prefix)
                    || !location.substring(prefix.length()).matches("[0-9]{1,18}")) {
                return location; // the file as a whole, with no line
            }
            long lineInRange = Long.parseLong(location.substring(prefix.length()));
            Long before = linesBefore.get(new Start(file, rangeStart));
            if (before == null) {
                // An earlier range of the file could not be read, so the lines before this one are uncounted.
                return prefix + "line " + lineInRange + " from byte " + rangeStart;
            }
            return prefix + (before + lineInRange);
        }
    }

    /**
     * The line breaks before each range, by its start: the sum of those of the ranges before it in its
     * file. A range after one whose count is unknown has none.
     */
    static Map<Start, Long> linesBefore(Collection<LineBreaks> counts) {
        Map<Start, Long> before = new HashMap<>();
        Map<String, List<LineBreaks>> byFile = counts.stream()
                .collect(Collectors.groupingBy(LineBreaks::file, Collectors.toCollection(ArrayList::new)));
        byFile.forEach((file, ranges) -> {
            ranges.sort(Comparator.comparingLong(LineBreaks::start));
            long sum = 0;
            long expectedStart = 0;
            for (LineBreaks range : ranges) {
                if (range.start() != expectedStart) {
                    throw new IllegalStateException("the ranges of " + file + " do not tile it: one starts at "
                            + range.start() + ", expected " + expectedStart);
                }
                before.put(new Start(file, range.start()), sum);
                if (range.count() < 0) {
                    return;
                }
                sum += range.count();
                expectedStart = range.end();
            }
        });
        return before;
    }
}
