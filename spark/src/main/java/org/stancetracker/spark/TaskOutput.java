package org.stancetracker.spark;

import java.io.Serializable;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * One thing a task hands back to the driver's outputs: a line of the rejects output (or a rejection in
 * a byte range of a file, whose line the driver numbers once it knows the line breaks of the ranges
 * before it), the line breaks a range holds, or, with {@code --output}, a row of the lake's articles or
 * findings.
 */
record TaskOutput(
        Kind kind,
        String rejectLine,
        RangeLineNumbers.Reject rangeReject,
        RangeLineNumbers.LineBreaks lineBreaks,
        Row row)
        implements Serializable {
    enum Kind {
        REJECT,
        LINE_BREAKS,
        ARTICLE,
        FINDING
    }

    static TaskOutput reject(String line) {
        return new TaskOutput(Kind.REJECT, line, null, null, null);
    }

    static TaskOutput reject(RangeLineNumbers.Reject rangeReject) {
        return new TaskOutput(Kind.REJECT, null, rangeReject, null, null);
    }

    static TaskOutput lineBreaks(RangeLineNumbers.LineBreaks lineBreaks) {
        return new TaskOutput(Kind.LINE_BREAKS, null, null, lineBreaks, null);
    }

    static TaskOutput article(Row row) {
        return new TaskOutput(Kind.ARTICLE, null, null, null, row);
    }

    static TaskOutput finding(Row row) {
        return new TaskOutput(Kind.FINDING, null, null, null, row);
    }

    /** The line of the rejects output; a rejection in a range is numbered by the line breaks before its range. */
    String rejectLine(Map<RangeLineNumbers.Start, Long> linesBefore) {
        return rangeReject == null ? rejectLine : rangeReject.line(linesBefore);
    }
}
