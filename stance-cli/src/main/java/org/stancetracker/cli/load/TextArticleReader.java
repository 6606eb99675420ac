package org.stancetracker.cli.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.article.PlainTextArticle;

/**
 * Reads one plain-text article per file, refusing what is not text. The file name is the external
 * id; the metadata comes from the text ({@link PlainTextArticle}).
 */
public final class TextArticleReader {
    private final String source;
    private final long maxBytes;

    public TextArticleReader(String source, long maxBytes) {
        this.source = source;
        this.maxBytes = maxBytes;
    }

    /** The outcome of reading one file: an article, or why there is none. */
    public sealed interface Read permits Loaded, Rejected {
    }

    public record Loaded(Article article) implements Read {
    }

    public record Rejected(Rejection rejection) implements Read {
    }

    public Read read(Path file) {
        String location = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return reject(location, "too large: " + size + " bytes, the limit is " + maxBytes);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return reject(location, "no such file");
        } catch (IOException e) {
            return reject(location, "cannot be read: " + e.getMessage());
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return reject(location, "binary file: NUL byte at offset " + i);
            }
        }
        String text;
        try {
            text = decode(bytes);
        } catch (MalformedInputException e) {
            return reject(location, "not valid UTF-8 (malformed input of " + e.getInputLength() + " byte(s))");
        } catch (CharacterCodingException e) {
            return reject(location, "not valid UTF-8: " + e.getMessage());
        }
        if (text.isBlank()) {
            return reject(location, "empty text");
        }
        return new Loaded(PlainTextArticle.parse(new ArticleKey(source, file.getFileName().toString()), text));
    }

    private static Rejected reject(String location, String reason) {
        return new Rejected(new Rejection(location, reason));
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
