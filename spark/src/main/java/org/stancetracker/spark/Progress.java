package org.stancetracker.spark;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A progress line every few seconds while the job runs, from the job's counts. Spark adds a task's
 * counts when the task ends, so the figures move a partition at a time.
 */
final class Progress implements AutoCloseable {
    private final ScheduledExecutorService timer;

    private Progress(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static Progress start(PrintWriter err, JobTally tally, int everySeconds) {
        long started = System.nanoTime();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "stance-spark-progress");
            thread.setDaemon(true);
            return thread;
        });
        if (everySeconds > 0) {
            timer.scheduleAtFixedRate(
                    () -> {
                        double seconds = (System.nanoTime() - started) / 1e9;
                        err.println(String.format(
                                Locale.ROOT,
                                "progress: read %d, loaded %d, skipped %d, rejected %d, stances %d; %.0f s, %.1f articles/s",
                                tally.read.value(),
                                tally.loaded.value(),
                                tally.skipped.value(),
                                tally.rejected.value(),
                                tally.stances.value(),
                                seconds,
                                tally.loaded.value() / seconds));
                        err.flush();
                    },
                    everySeconds,
                    everySeconds,
                    TimeUnit.SECONDS);
        }
        return new Progress(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
