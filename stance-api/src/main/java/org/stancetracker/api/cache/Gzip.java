package org.stancetracker.api.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip for large answers that are kept in the {@link AnswerCache}: compressed once per data version,
 * then sent to every client that accepts it. JSON of repeated field names shrinks about tenfold.
 */
public final class Gzip {
    private Gzip() {}

    /** Whether an {@code Accept-Encoding} header accepts gzip (RFC 9110 12.5.3: a q of 0 refuses). */
    public static boolean accepted(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        boolean accepted = false;
        for (String element : acceptEncoding.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].trim().toLowerCase(Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("x-gzip") && !coding.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        refused = Double.parseDouble(parameter.substring(2).trim()) <= 0;
                    } catch (NumberFormatException e) {
                        refused = true;
                    }
                }
            }
            if (coding.equals("*")) {
                accepted |= !refused;
            } else {
                // An explicit gzip element decides, whatever a wildcard says.
                return !refused;
            }
        }
        return accepted;
    }

    /** Fastest deflate level: for JSON it keeps most of the gain at a fraction of the time of the default. */
    public static byte[] compress(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 8));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 65536) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Unzips into {@code out} a buffer at a time. */
    public static void decompress(byte[] gzipped, OutputStream out) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped), 65536)) {
            in.transferTo(out);
        }
    }
}
