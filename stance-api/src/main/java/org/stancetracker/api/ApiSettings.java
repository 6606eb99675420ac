package org.stancetracker.api;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * The API's own settings, under {@code stance.api}, and the one place their defaults are written.
 * application.properties sets only what it changes (the keys from the environment, the test
 * profile's values); each may also be given as a system property ({@code -Dstance.api.cache.max-bytes=0})
 * or an environment variable ({@code STANCE_API_CACHE_MAX_BYTES=0}).
 *
 * <p>Static-init safe because REST filters, {@code ApiKeyFilter} among them, are created while the
 * application initialises; the API runs on the JVM, where that is at start, from the same sources.
 */
@StaticInitSafe
@ConfigMapping(prefix = "stance.api")
public interface ApiSettings {
    /**
     * The keys that may write ({@code POST /api/articles}), sent as {@code Authorization: Bearer KEY};
     * none means writes are refused. From STANCE_API_KEYS, comma-separated.
     */
    Optional<List<String>> keys();

    /** The longest article text {@code POST /api/articles} takes, in characters. */
    @WithDefault("5000000")
    int maxArticleChars();

    Cache cache();

    Gzip gzip();

    Shifts shifts();

    /** What makes a change of stance a shift. */
    interface Shifts {
        /**
         * Each side of a shift must be held in at least this many articles (a stance of one polarity
         * is read once per article): one misread sentence is not a change of policy.
         * STANCE_SHIFT_MIN_ARTICLES; {@code min_articles} on a request.
         */
        @WithDefault("2")
        int minArticles();
    }

    /** The cache of timeline, shift and standing answers. */
    interface Cache {
        /** At most this many bytes of answers are kept (64 MB); 0 turns the cache off. */
        @WithDefault("67108864")
        long maxBytes();

        /** The data version is read at most this often, in milliseconds, so a write shows within that time. */
        @WithDefault("250")
        long versionCheckMs();
    }

    /** Compression of large answers. */
    interface Gzip {
        /** Timeline answers at least this large are sent gzipped to clients that accept it: smaller ones gain less than it costs. */
        @WithDefault("8192")
        int minBytes();
    }
}
