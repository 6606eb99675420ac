package org.stancetracker.cli.load;

import java.time.Duration;

/** What a load did, printed at its end. */
public record LoadSummary(long read, long loaded, long skipped, long rejected, long stances, Duration elapsed) {
    public String describe() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return String.format(java.util.Locale.ROOT,
                "read %d, loaded %d, skipped %d already present, rejected %d, stances %d, in %.1f s (%.1f articles/s)",
                read, loaded, skipped, rejected, stances, seconds, loaded / seconds);
    }
}
