package org.stancetracker.spark;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The counts a job reports, summed over its tasks with Spark accumulators. Spark adds a task's
 * counts once, from the attempt that succeeded: a failed attempt's counts are dropped, and a
 * speculative copy's are not added twice. So "loaded" counts what this job's successful attempts
 * stored; an article stored by an attempt that failed afterwards is counted as already present by
 * the retry. The database's own count, before and after, is the figure to trust for how many were added.
 */
final class JobTally implements Serializable {
    final LongAccumulator read;
    final LongAccumulator loaded;
    final LongAccumulator skipped;
    final LongAccumulator rejected;
    final LongAccumulator stances;
    final CountsByName failures;

    JobTally(SparkContext spark) {
        read = spark.longAccumulator("articles read");
        loaded = spark.longAccumulator("articles loaded");
        skipped = spark.longAccumulator("articles already present");
        rejected = spark.longAccumulator("records rejected");
        stances = spark.longAccumulator("stances");
        failures = new CountsByName();
        spark.register(failures, "extractor failures");
    }

    long failureCount() {
        return failures.value().values().stream().mapToLong(Long::longValue).sum();
    }

    /** The summary line, in the words of {@code stance load}'s. */
    String summary(double seconds) {
        seconds = Math.max(seconds, 0.001);
        String summary = String.format(
                Locale.ROOT,
                "read %d, loaded %d, skipped %d already present, rejected %d, stances %d, in %.1f s (%.1f articles/s, %.1f stances/s)",
                read.value(),
                loaded.value(),
                skipped.value(),
                rejected.value(),
                stances.value(),
                seconds,
                loaded.value() / seconds,
                stances.value() / seconds);
        Map<String, Long> failed = failures.value();
        return failed.isEmpty() ? summary : summary + "; extractor failures " + failed;
    }
}
