package org.stancetracker.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.stancetracker.input.Rejection;

/**
 * The input files of a job, listed on the driver through Hadoop's file systems, so that any path Spark
 * reads will do; and their grouping into tasks of about equal size. An uncompressed JSON Lines file
 * larger than a task's share is cut into byte ranges, each read by one task, as Spark splits its own
 * line-based inputs; any other file is read whole by one task: gzip cannot be read from the middle, a
 * CSV line break may lie inside a quoted field, and a text file is one article.
 */
final class InputListing {
    private InputListing() {}

    /**
     * The files under the paths (globs allowed), directories walked recursively, hidden files ({@code .x},
     * and Hadoop's {@code _SUCCESS} and the like) left out, in name order. A path that matches nothing
     * or cannot be listed is a rejection.
     */
    static List<HadoopInputFile> files(List<String> paths, Configuration configuration, List<Rejection> rejected)
            throws IOException {
        List<HadoopInputFile> files = new ArrayList<>();
        for (String given : paths) {
            Path path = new Path(given);
            FileSystem fs = path.getFileSystem(configuration);
            FileStatus[] matches;
            try {
                matches = fs.globStatus(path);
            } catch (IOException e) {
                rejected.add(Rejection.unreadable(given, e));
                continue;
            }
            if (matches == null || matches.length == 0) {
                rejected.add(new Rejection(given, "no such file or directory"));
                continue;
            }
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    try {
                        RemoteIterator<LocatedFileStatus> walk = fs.listFiles(match.getPath(), true);
                        while (walk.hasNext()) {
                            LocatedFileStatus file = walk.next();
                            if (!hidden(match.getPath(), file.getPath())) {
                                files.add(file(fs, file));
                            }
                        }
                    } catch (FileNotFoundException e) {
                        rejected.add(new Rejection(match.getPath().toString(), "no such file or directory"));
                    } catch (IOException e) {
                        rejected.add(Rejection.unreadable(match.getPath().toString(), e));
                    }
                } else {
                    files.add(file(fs, match));
                }
            }
        }
        files.sort(Comparator.comparing(HadoopInputFile::uri));
        return files;
    }

    private static HadoopInputFile file(FileSystem fs, FileStatus status) {
        return new HadoopInputFile(
                fs.makeQualified(status.getPath()).toString(), status.getLen(), status.getModificationTime());
    }

    /** Whether a file under a directory is hidden: itself or a directory between them named {@code .x} or {@code _x}. */
    private static boolean hidden(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root) && p.depth() > root.depth(); p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The largest byte range of a file one task reads, as Spark sizes the splits of {@code spark.read}:
     * {@code maxRangeBytes} ({@code spark.sql.files.maxPartitionBytes}, 128 MB, by default), or less when
     * that would leave fewer ranges than tasks, so that every task has work; but no less than
     * {@code minRangeBytes} ({@code spark.sql.files.openCostInBytes}, 4 MB), below which a task's start costs
     * more than its reading. A maximum under that minimum is taken as asked.
     */
    static long rangeBytes(long maxRangeBytes, long minRangeBytes, long totalBytes, int tasks) {
        long perTask = (totalBytes + tasks - 1) / Math.max(1, tasks);
        return Math.max(1, Math.min(maxRangeBytes, Math.max(Math.min(minRangeBytes, maxRangeBytes), perTask)));
    }

    /**
     * Each file whole, or in byte ranges of at most {@code rangeBytes} where it is larger than that and
     * {@code readsInRanges} (uncompressed JSON Lines; asked only of the files large enough to split).
     */
    static List<FileRange> ranges(
            List<HadoopInputFile> files, long rangeBytes, Predicate<HadoopInputFile> readsInRanges) {
        List<FileRange> ranges = new ArrayList<>();
        for (HadoopInputFile file : files) {
            if (file.length() <= rangeBytes || !readsInRanges.test(file)) {
                ranges.add(FileRange.whole(file));
                continue;
            }
            for (long start = 0; start < file.length(); start += rangeBytes) {
                ranges.add(new FileRange(file, start, Math.min(file.length(), start + rangeBytes), false));
            }
        }
        return ranges;
    }

    /**
     * Whether a file is gzip, by its magic number as the readers tell it (whatever its name): gzip cannot
     * be read from the middle. A file that cannot be opened counts as gzip, so that it is read whole and
     * its task reports why it cannot be read, as for any file.
     */
    static boolean gzip(HadoopInputFile file, Configuration configuration) {
        Path path = new Path(file.uri());
        try (InputStream in = path.getFileSystem(configuration).open(path)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * The files and ranges in at most {@code tasks} groups of about equal bytes: the largest first, each
     * to the group with the fewest bytes so far. A group is one task.
     */
    static List<List<FileRange>> balance(List<FileRange> ranges, int tasks) {
        List<List<FileRange>> groups = new ArrayList<>();
        long[] bytes = new long[Math.max(1, Math.min(tasks, ranges.size()))];
        for (int i = 0; i < bytes.length && !ranges.isEmpty(); i++) {
            groups.add(new ArrayList<>());
        }
        List<FileRange> largestFirst = new ArrayList<>(ranges);
        largestFirst.sort(Comparator.comparingLong(FileRange::length).reversed());
        for (FileRange range : largestFirst) {
            int lightest = 0;
            for (int i = 1; i < groups.size(); i++) {
                if (bytes[i] < bytes[lightest]) {
                    lightest = i;
                }
            }
            groups.get(lightest).add(range);
            bytes[lightest] += range.length();
        }
        groups.forEach(g ->
                g.sort(Comparator.comparing((FileRange r) -> r.file().uri()).thenComparingLong(FileRange::start)));
        return groups;
    }
}
