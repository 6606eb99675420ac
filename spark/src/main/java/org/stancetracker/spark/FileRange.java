package org.stancetracker.spark;

import java.io.Serializable;

/**
 * One task's share of an input file: the whole file, or bytes {@code [start, end)} of an uncompressed
 * JSON Lines file too large for one task, of which the task reads the lines that start in the range
 * (each whole, however far past {@code end} it runs; see {@link org.stancetracker.input.InputFormat#readRange}).
 *
 * @param wholeFile whether the file is read whole, by the reader of its format, as {@code stance load} reads it
 */
record FileRange(HadoopInputFile file, long start, long end, boolean wholeFile) implements Serializable {
    static FileRange whole(HadoopInputFile file) {
        return new FileRange(file, 0, file.length(), true);
    }

    long length() {
        return end - start;
    }
}
