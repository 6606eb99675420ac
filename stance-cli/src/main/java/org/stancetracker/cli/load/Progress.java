package org.stancetracker.cli.load;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How a load tells how far it got while it runs: a live progress line on a terminal (files done of
 * all, with rate and ETA when there are several files), a log line every ten seconds otherwise.
 */
final class Progress implements AutoCloseable {
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final ProgressBar bar;
    private final PrintWriter log;
    private final LoadTally tally;
    private final long started = System.nanoTime();
    private long lastLog = started;

    private Progress(ProgressBar bar, PrintWriter log, LoadTally tally) {
        this.bar = bar;
        this.log = log;
        this.tally = tally;
    }

    static Progress start(PrintWriter log, int files, LoadTally tally) {
        if (System.console() == null) {
            return new Progress(null, log, tally);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Loading")
                .setInitialMax(files > 1 ? files : -1)
                .setUnit(" files", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .build();
        return new Progress(bar, log, tally);
    }

    synchronized void update() {
        if (bar != null) {
            bar.setExtraMessage(String.format(
                    Locale.ROOT, "%d articles, %d stances, %.0f articles/s", tally.loaded(), tally.stances(), rate()));
            return;
        }
        long now = System.nanoTime();
        if (now - lastLog >= LOG_EVERY_NANOS) {
            lastLog = now;
            log.printf(
                    Locale.ROOT,
                    "progress: read %d, loaded %d, rejected %d, stances %d, %.0f articles/s%n",
                    tally.read(),
                    tally.loaded(),
                    tally.rejected(),
                    tally.stances(),
                    rate());
            log.flush();
        }
    }

    synchronized void fileDone() {
        if (bar != null) {
            bar.step();
        }
        update();
    }

    private double rate() {
        double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
        return tally.loaded() / seconds;
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
