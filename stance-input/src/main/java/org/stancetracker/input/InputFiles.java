package org.stancetracker.input;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The files a load reads, from the paths it was given: files as they are, directories walked
 * recursively (following symbolic links, to files and to directories), in name order, hidden files
 * left out. Nothing that cannot be read is passed over in silence: a missing path, a directory that
 * cannot be opened, a symbolic link to nothing or in a loop, something that is not a file (a pipe, a
 * device) is each a rejection with its path and why, and the walk goes on.
 */
public final class InputFiles {
    /** Symbolic links followed one after another before a chain is taken for a loop, as Linux does. */
    private static final int MAX_LINKS_IN_A_CHAIN = 40;

    private static final String NOT_A_FILE = "not a regular file (a pipe, socket or device)";

    private InputFiles() {}

    /** The files to read under the paths, in order; each path or part of one that cannot be read goes to {@code rejected}. */
    public static List<Path> find(List<Path> paths, Consumer<Rejection> rejected) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                walk(path, files, rejected);
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else if (Files.exists(path)) {
                // Named on the command line or found in a directory, a pipe or a device is read forever.
                rejected.accept(new Rejection(path.toString(), NOT_A_FILE));
            } else {
                rejected.accept(new Rejection(
                        path.toString(), Files.isSymbolicLink(path) ? brokenLink(path) : "no such file or directory"));
            }
        }
        return files;
    }

    private static void walk(Path directory, List<Path> files, Consumer<Rejection> rejected) {
        List<Path> found = new ArrayList<>();
        List<Rejection> unreadable = new ArrayList<>();
        try {
            Files.walkFileTree(
                    directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (file.getFileName().toString().startsWith(".")) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attributes.isRegularFile()) {
                                found.add(file);
                            } else if (attributes.isSymbolicLink()) {
                                // The walk follows links, so it gives a link's own attributes only for one it could not
                                // follow.
                                unreadable.add(new Rejection(file.toString(), brokenLink(file)));
                            } else {
                                unreadable.add(new Rejection(file.toString(), NOT_A_FILE));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException failure) {
                            unreadable.add(
                                    failure instanceof FileSystemLoopException
                                            ? new Rejection(
                                                    file.toString(),
                                                    "a symbolic link loop: leads back to a directory it is in")
                                            : Rejection.unreadable(file, failure));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path visited, IOException failure) {
                            if (failure != null) {
                                unreadable.add(Rejection.unreadable(visited, failure));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            // The visitor goes on past every failure, so only the walk's own start can fail here.
            unreadable.add(Rejection.unreadable(directory, e));
        }
        found.sort(Comparator.naturalOrder());
        files.addAll(found);
        unreadable.sort(Comparator.comparing(Rejection::location));
        unreadable.forEach(rejected);
    }

    /** Why a symbolic link cannot be followed: it leads to nothing, or round in a loop. */
    static String brokenLink(Path link) {
        Set<Path> seen = new HashSet<>();
        Path current = link;
        try {
            for (int hops = 0; hops < MAX_LINKS_IN_A_CHAIN; hops++) {
                if (!Files.isSymbolicLink(current)) {
                    return Files.exists(current, LinkOption.NOFOLLOW_LINKS)
                            ? "a symbolic link that cannot be followed"
                            : "a symbolic link to nothing (" + Files.readSymbolicLink(link) + ")";
                }
                if (!seen.add(current.toAbsolutePath().normalize())) {
                    break;
                }
                current = current.resolveSibling(Files.readSymbolicLink(current));
            }
            return "a symbolic link loop (" + Files.readSymbolicLink(link) + ")";
        } catch (IOException e) {
            return Rejection.unreadable(link, e).reason();
        }
    }
}
