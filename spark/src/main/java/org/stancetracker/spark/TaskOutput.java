package org.stancetracker.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * One thing a task hands back to the driver's outputs: a line of the rejects output, or, with
 * {@code --output}, a row of the lake's articles or findings.
 */
record TaskOutput(Kind kind, String rejectLine, Row row) implements Serializable {
    enum Kind {
        REJECT,
        ARTICLE,
        FINDING
    }

    static TaskOutput reject(String line) {
        return new TaskOutput(Kind.REJECT, line, null);
    }

    static TaskOutput article(Row row) {
        return new TaskOutput(Kind.ARTICLE, null, row);
    }

    static TaskOutput finding(Row row) {
        return new TaskOutput(Kind.FINDING, null, row);
    }
}
