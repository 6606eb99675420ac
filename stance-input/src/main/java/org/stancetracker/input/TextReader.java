package org.stancetracker.input;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.util.function.Consumer;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.article.PlainTextArticle;

/**
 * One plain-text article per file, refusing what is not text. The file name is the external id; the
 * metadata comes from the text ({@link PlainTextArticle}).
 */
final class TextReader {
    private final ReadOptions options;

    TextReader(ReadOptions options) {
        this.options = options;
    }

    void read(InputFile file, long skip, Consumer<InputRecord> records) {
        if (skip > 0) {
            return;
        }
        records.accept(read(file));
    }

    private InputRecord read(InputFile file) {
        String location = file.location();
        byte[] bytes;
        try {
            long size = file.size();
            if (size > options.maxBytes()) {
                return reject(location, "too large: " + size + " bytes, the limit is " + options.maxBytes());
            }
            try (InputStream in = Inputs.open(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            }
        } catch (NoSuchFileException | FileNotFoundException e) {
            return reject(location, "no such file");
        } catch (IOException e) {
            return new InputRecord.Rejected(0, Rejection.unreadable(file.location(), e));
        }
        if (bytes.length > options.maxBytes()) {
            return reject(location, "too large: over " + options.maxBytes() + " bytes once decompressed");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return reject(location, "binary file: NUL byte at offset " + i);
            }
        }
        String text;
        try {
            text = Inputs.utf8(bytes, bytes.length);
        } catch (CharacterCodingException e) {
            return reject(location, "not valid UTF-8");
        }
        if (text.isBlank()) {
            return reject(location, "empty text");
        }
        String name = file.name();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        Article article;
        try {
            article = PlainTextArticle.parse(new ArticleKey(options.source(), name), text);
            if (article.published().isEmpty() && options.published().isPresent()) {
                article =
                        new Article(article.key(), article.url(), article.title(), options.published(), article.text());
            }
        } catch (IllegalArgumentException e) {
            // What the text says of itself (a dateline, an "Original url:") is held to the same rules as
            // any record's fields: a day out of range or a URL that is not a web address rejects the file.
            return reject(location, e.getMessage());
        }
        return new InputRecord.Read(0, location, article);
    }

    private static InputRecord reject(String location, String reason) {
        return new InputRecord.Rejected(0, new Rejection(location, reason));
    }
}
