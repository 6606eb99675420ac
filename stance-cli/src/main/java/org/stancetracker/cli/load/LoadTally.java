package org.stancetracker.cli.load;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.stancetracker.cli.FailureReport;

/** What a load has done so far; updated by the reading and the writing thread. */
final class LoadTally {
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong loaded = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong stances = new AtomicLong();
    private final AtomicLong resumed = new AtomicLong();

    void countRead() {
        read.incrementAndGet();
    }

    void loaded(long articles, long stanceCount) {
        loaded.addAndGet(articles);
        stances.addAndGet(stanceCount);
    }

    void skipped() {
        skipped.incrementAndGet();
    }

    void countRejected() {
        rejected.incrementAndGet();
    }

    void resumed(long records) {
        resumed.addAndGet(records);
    }

    long read() {
        return read.get();
    }

    long loaded() {
        return loaded.get();
    }

    long stances() {
        return stances.get();
    }

    long rejected() {
        return rejected.get();
    }

    /** The summary line, with the extractors' failures when there were any. */
    String summary(Duration elapsed, boolean dryRun, FailureReport failures) {
        String summary = summary(elapsed, dryRun);
        return failures.any() ? summary + "; " + failures.summary() : summary;
    }

    String summary(Duration elapsed, boolean dryRun) {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        String summary = String.format(
                Locale.ROOT,
                "read %d, %s %d, skipped %d already present, rejected %d, stances %d, in %.1f s (%.1f articles/s, %.1f stances/s)",
                read.get(),
                dryRun ? "would load" : "loaded",
                loaded.get(),
                skipped.get(),
                rejected.get(),
                stances.get(),
                seconds,
                loaded.get() / seconds,
                stances.get() / seconds);
        return resumed.get() > 0
                ? summary + "; resumed after " + resumed.get() + " records stored by an earlier load"
                : summary;
    }
}
