package org.stancetracker.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.stancetracker.input.InputFile;

/**
 * An input file on any file system Hadoop reaches ({@code file:}, {@code hdfs:}, {@code s3a:}), as the
 * driver listed it: sent to a task, which opens it with the job's Hadoop configuration. Its length and
 * modification time make its progress key, as in {@code stance load}: a changed file is a new input.
 */
record HadoopInputFile(String uri, long length, long modified) implements Serializable {
    InputFile open(Configuration configuration) {
        Path path = new Path(uri);
        return new InputFile() {
            @Override
            public String location() {
                return uri;
            }

            @Override
            public String name() {
                return path.getName();
            }

            @Override
            public long size() {
                return length;
            }

            @Override
            public InputStream open() throws IOException {
                return path.getFileSystem(configuration).open(path);
            }

            /** Seeks, where skipping would read every byte before the range (S3A's skip does). */
            @Override
            public InputStream openAt(long offset) throws IOException {
                FSDataInputStream in = path.getFileSystem(configuration).open(path);
                try {
                    in.seek(offset);
                } catch (IOException | RuntimeException e) {
                    in.close();
                    throw e;
                }
                return in;
            }
        };
    }
}
