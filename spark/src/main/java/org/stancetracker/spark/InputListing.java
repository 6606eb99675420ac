package org.stancetracker.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.stancetracker.input.Rejection;

/**
 * The input files of a job, listed on the driver through Hadoop's file systems, so that any path Spark
 * reads will do; and their grouping into tasks of about equal size. A file is read whole by one task:
 * gzip cannot be split anyway, and a task that reads a file from its start can name every record by its
 * line or row, as {@code stance load} does.
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
     * The files in at most {@code tasks} groups of about equal bytes: the largest file first, each to the
     * group with the fewest bytes so far. A group is one task.
     */
    static List<List<HadoopInputFile>> balance(List<HadoopInputFile> files, int tasks) {
        List<List<HadoopInputFile>> groups = new ArrayList<>();
        long[] bytes = new long[Math.max(1, Math.min(tasks, files.size()))];
        for (int i = 0; i < bytes.length && !files.isEmpty(); i++) {
            groups.add(new ArrayList<>());
        }
        List<HadoopInputFile> largestFirst = new ArrayList<>(files);
        largestFirst.sort(Comparator.comparingLong(HadoopInputFile::length).reversed());
        for (HadoopInputFile file : largestFirst) {
            int lightest = 0;
            for (int i = 1; i < groups.size(); i++) {
                if (bytes[i] < bytes[lightest]) {
                    lightest = i;
                }
            }
            groups.get(lightest).add(file);
            bytes[lightest] += file.length();
        }
        groups.forEach(g -> g.sort(Comparator.comparing(HadoopInputFile::uri)));
        return groups;
    }
}
