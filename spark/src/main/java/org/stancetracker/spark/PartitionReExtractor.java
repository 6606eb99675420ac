package org.stancetracker.spark;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseUnavailableException;
import org.stancetracker.db.store.ReExtractionStore;
import org.stancetracker.extraction.ExtractionRunner;

/**
 * {@code --from-database --extractor NAME}: runs one extractor again over the stored articles and
 * replaces its findings, as {@code stance extract --extractor NAME} does, split into tasks by ranges
 * of article ids. Each batch replaces that extractor's findings for its articles in one transaction,
 * so a task run twice (a retry, speculation) writes the same findings again: nothing is added twice.
 */
final class PartitionReExtractor {
    private PartitionReExtractor() {}

    /** An inclusive range of article ids: one task. */
    record IdRange(long first, long last) implements java.io.Serializable {}

    static int run(
            JavaSparkContext spark,
            JobSettings settings,
            JobTally tally,
            Database database,
            Integer partitions,
            PrintWriter out) {
        long[] bounds = idBounds(database);
        long findingsBefore = findings(database, settings.onlyExtractor());
        int tasks = partitions != null ? partitions : 4 * spark.defaultParallelism();
        List<IdRange> ranges = ranges(bounds[0], bounds[1], tasks);
        long started = System.nanoTime();
        spark.parallelize(ranges, Math.max(1, ranges.size())).foreachPartition(slice -> {
            ExecutorResources resources = ExecutorResources.of(settings);
            ExtractionRunner runner = resources.runner();
            ReExtractionStore store = resources.reExtractionStore();
            List<String> names = List.of(settings.onlyExtractor());
            while (slice.hasNext()) {
                IdRange range = slice.next();
                store.forEachBatch(range.first(), range.last(), settings.batchSize(), batch -> {
                    List<ExtractionRunner.Result> results =
                            batch.stream().map(a -> runner.run(a.article())).toList();
                    try {
                        List<ReExtractionStore.FailedArticle> failed =
                                store.replace(batch, results, names, Optional.empty());
                        tally.read.add(batch.size());
                        failed.forEach(
                                f -> tally.failures.add(f.failure().extractor().name()));
                    } catch (SQLException e) {
                        throw PartitionLoader.storingFailed(e);
                    }
                });
            }
        });
        double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
        out.println(String.format(
                Locale.ROOT,
                "re-extracted %d articles with [%s] in %d partitions: findings %d before, %d after, in %.1f s (%.1f articles/s)%s",
                tally.read.value(),
                settings.onlyExtractor(),
                ranges.size(),
                findingsBefore,
                findings(database, settings.onlyExtractor()),
                seconds,
                tally.read.value() / seconds,
                tally.failureCount() > 0 ? "; extractor failures " + tally.failures.value() : ""));
        return tally.failureCount() > 0 ? StanceSparkJob.PARTIAL : StanceSparkJob.OK;
    }

    /** Splits {@code [first, last]} into at most {@code tasks} ranges of about equal width. */
    static List<IdRange> ranges(long first, long last, int tasks) {
        List<IdRange> ranges = new ArrayList<>();
        if (last < first) {
            return ranges;
        }
        long width = Math.max(1, (last - first + tasks) / tasks);
        for (long start = first; start <= last; start += width) {
            ranges.add(new IdRange(start, Math.min(last, start + width - 1)));
            if (start + width < start) {
                break; // overflow at the top of the long range
            }
        }
        return ranges;
    }

    private static long[] idBounds(Database database) {
        try (Connection connection = database.connect();
                PreparedStatement query =
                        connection.prepareStatement("SELECT coalesce(min(id), 1), coalesce(max(id), 0) FROM article");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot read the article ids: " + e.getMessage(), e);
        }
    }

    private static long findings(Database database, String extractor) {
        try (Connection connection = database.connect();
                PreparedStatement query =
                        connection.prepareStatement("SELECT count(*) FROM stance_evidence WHERE extractor_name = ?")) {
            query.setString(1, extractor);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot count findings: " + e.getMessage(), e);
        }
    }
}
