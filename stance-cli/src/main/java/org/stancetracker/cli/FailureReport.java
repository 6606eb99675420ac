package org.stancetracker.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.stancetracker.extraction.ExtractorFailure;

/**
 * What a command says about extractor failures: a warning per failure as it is counted (with its
 * stack trace under {@code --verbose}), the count per extractor for the summary, and how to run the
 * failed ones again. Thread-safe: extraction runs on several threads.
 */
public final class FailureReport {
    /** What to run once the plugin is fixed; the pairs it runs again are those the database recorded. */
    public static final String RERUN_COMMAND = "./stance extract --failed";

    private final PrintWriter diagnostics;
    private final boolean verbose;
    private final Map<String, LongAdder> byExtractor = new ConcurrentHashMap<>();

    public FailureReport(PrintWriter diagnostics, boolean verbose) {
        this.diagnostics = diagnostics;
        this.verbose = verbose;
    }

    /** Counts a failure against its extractor and warns of it. */
    public void count(ExtractorFailure failure) {
        byExtractor
                .computeIfAbsent(failure.extractor().name(), name -> new LongAdder())
                .increment();
        synchronized (diagnostics) {
            diagnostics.println("warning: " + failure.message());
            if (verbose) {
                failure.cause().ifPresent(cause -> cause.printStackTrace(diagnostics));
            }
        }
    }

    public boolean any() {
        return !byExtractor.isEmpty();
    }

    /** How many failures were counted, over every extractor. */
    public long total() {
        return byExtractor.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** The failures per extractor, for a summary line: "extractors failed: quotes on 1 article, warnings on 5 articles"; empty for none. */
    public String summary() {
        if (byExtractor.isEmpty()) {
            return "";
        }
        Map<String, Long> sorted = new TreeMap<>();
        byExtractor.forEach((name, count) -> sorted.put(name, count.sum()));
        return "extractors failed: "
                + sorted.entrySet().stream()
                        .map(e -> e.getKey() + " on " + e.getValue() + plural(e.getValue(), " article"))
                        .collect(Collectors.joining(", "));
    }

    /**
     * Says, for each extractor that stored articles wait for, how many and how to run it again; and,
     * when this run had failures, how to see their stack traces.
     */
    public void hint(Map<String, Long> pendingByExtractor) {
        synchronized (diagnostics) {
            pendingByExtractor.forEach((name, articles) -> diagnostics.println(articles + plural(articles, " article")
                    + " failed in extractor " + name + "; fix it and run " + RERUN_COMMAND));
            if (any() && !verbose) {
                diagnostics.println("(--verbose prints each failure's stack trace)");
            }
        }
    }

    private static String plural(long count, String noun) {
        return count == 1 ? noun : noun + "s";
    }
}
