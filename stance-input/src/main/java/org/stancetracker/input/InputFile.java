package org.stancetracker.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file that articles are read from, wherever it is stored: on the local disk for {@code stance load},
 * or on any file system Hadoop reaches ({@code hdfs:}, {@code s3a:}) for the Spark job. The readers see
 * only this, so both read a file the same way and name its records' locations the same way.
 */
public interface InputFile {
    /** Where the file is, as rejections name it: a path, or a URI such as {@code hdfs://nn/archive/a.jsonl}. */
    String location();

    /** The file's own name, the last part of its location: the external id of a plain-text article. */
    String name();

    /** The size of the file as stored (compressed, when it is). */
    long size() throws IOException;

    /** The file's bytes as stored; the readers un-gzip them when they are gzip. */
    InputStream open() throws IOException;

    /**
     * The file's bytes as stored, from {@code offset} on, for reading one byte range of an uncompressed
     * file. Skips up to {@code offset} unless the file can seek there, as local and Hadoop files do.
     */
    default InputStream openAt(long offset) throws IOException {
        InputStream in = open();
        try {
            in.skipNBytes(offset);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        return in;
    }

    /** A file on the local disk. */
    static InputFile of(Path path) {
        return new LocalFile(path);
    }

    /** A local file; its location is the path as given, so that rejects name it as the user wrote it. */
    record LocalFile(Path path) implements InputFile {
        @Override
        public String location() {
            return path.toString();
        }

        @Override
        public String name() {
            return path.getFileName().toString();
        }

        @Override
        public long size() throws IOException {
            return Files.size(path);
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }

        @Override
        public InputStream openAt(long offset) throws IOException {
            SeekableByteChannel channel = Files.newByteChannel(path);
            try {
                return Channels.newInputStream(channel.position(offset));
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
    }
}
