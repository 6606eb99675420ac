package org.stancetracker.api.cache;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.stancetracker.api.ApiSettings;
import org.stancetracker.db.store.DataVersion;

/**
 * Recent read answers (timelines, shifts, standings), kept while the stored data has not changed.
 * Every writer, in this process or another (a bulk load), bumps the database's data version after
 * it commits; an answer is served from here only if it was computed at the current version. The
 * version is read at most every {@code stance.api.cache.version-check-ms} (default 250 ms), which
 * bounds how long a change can go unseen. Answers are weighed (in bytes, or an estimate of them);
 * the least recently used go first when the total passes {@code stance.api.cache.max-bytes}, and an
 * answer heavier than an eighth of it is never kept, so memory stays bounded.
 */
@ApplicationScoped
public class AnswerCache {
    /** Something that computes an answer from the database. */
    @FunctionalInterface
    public interface Computation<T> {
        T compute() throws SQLException;
    }

    private record Entry(long version, Object answer, long weight) {}

    private final AgroalDataSource dataSource;
    private final long maxBytes;
    private final long checkNanos;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long totalBytes;
    private final ConcurrentHashMap<String, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();
    private volatile long version = -1;
    private volatile long versionReadAt;
    private final AtomicBoolean readingVersion = new AtomicBoolean();

    public AnswerCache(AgroalDataSource dataSource, ApiSettings settings) {
        this.dataSource = dataSource;
        this.maxBytes = settings.cache().maxBytes();
        this.checkNanos = settings.cache().versionCheckMs() * 1_000_000L;
    }

    /**
     * The answer for {@code key}: from the cache if it was computed at the current data version,
     * else computed now and kept, weighing {@code weight} bytes.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Computation<T> computation, java.util.function.ToLongFunction<T> weight)
            throws SQLException {
        if (maxBytes <= 0) {
            return computation.compute();
        }
        long current = currentVersion();
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null && entry.version() == current) {
            return (T) entry.answer();
        }
        // One computation per question at a time: clients asking the same thing meanwhile wait for it
        // instead of each running the same query (and each holding a pooled connection).
        String flightKey = key + "@" + current;
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = inFlight.putIfAbsent(flightKey, mine);
        if (running != null) {
            try {
                return (T) running.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
        }
        T answer;
        try {
            answer = computation.compute();
            mine.complete(answer);
        } catch (SQLException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(flightKey, mine);
        }
        long bytes = weight.applyAsLong(answer);
        if (bytes <= maxBytes / 8) {
            synchronized (entries) {
                Entry replaced = entries.put(key, new Entry(current, answer, bytes));
                totalBytes += bytes - (replaced == null ? 0 : replaced.weight());
                var eldest = entries.entrySet().iterator();
                while (totalBytes > maxBytes && eldest.hasNext()) {
                    totalBytes -= eldest.next().getValue().weight();
                    eldest.remove();
                }
            }
        }
        return answer;
    }

    private long currentVersion() throws SQLException {
        long now = System.nanoTime();
        if (version >= 0 && now - versionReadAt <= checkNanos) {
            return version;
        }
        // One thread reads the version; the others meanwhile go on with the one read last, which is at
        // most one check interval old, as it would be anyway. Without this, every request arriving
        // when the interval ran out queried the database at once.
        if (version >= 0 && !readingVersion.compareAndSet(false, true)) {
            return version;
        }
        try {
            // Read before computing: an answer computed after a later bump is kept under the older
            // number, so it is recomputed once more, never served stale.
            try (Connection connection = dataSource.getConnection()) {
                version = DataVersion.current(connection);
            }
            versionReadAt = now;
        } finally {
            readingVersion.set(false);
        }
        return version;
    }
}
