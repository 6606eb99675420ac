package org.stancetracker.core.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.stancetracker.spi.internal.Require;

/** SHA-256 of an article's text, in lower-case hex: the same text loaded twice is found by it. */
public record ContentHash(String hex) {
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

    public ContentHash {
        Require.present(hex, "content hash");
        Require.that(SHAPE.matcher(hex).matches(), "content hash", "must be 64 lower-case hex digits");
    }

    public static ContentHash of(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return new ContentHash(HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
