package org.stancetracker.db.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.util.PSQLException;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.stance.Finding;
import org.stancetracker.core.stance.Stance;
import org.stancetracker.extraction.ExtractorFailure;

/**
 * Writes articles and their stances, a batch per transaction: either the whole batch is stored or
 * none of it, with the progress mark of the input it came from. An article whose key or text is
 * already stored is skipped, so a reload writes nothing.
 *
 * <p>A batch of any size takes four round trips: articles in one statement, their rows passed as
 * arrays and expanded with {@code unnest} (so that keys already stored are skipped), stance ids
 * reserved in one query, then stances and findings each streamed with {@code COPY}. Every value
 * is data, bound or streamed, never SQL text.
 *
 * <p>A batch the database refuses can be stored again one article at a time ({@link #storeOneByOne}),
 * which finds the articles it refuses and stores the others.
 *
 * <p>The extractors that failed on an article are recorded with it, in its transaction
 * ({@link ExtractionFailures}): a batch committed has its failures, a batch rolled back has none.
 */
public final class ArticleStore {
    private final DataSource dataSource;

    public ArticleStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * One article, the stances extracted from it, and the extractors that failed on it: an article
     * stored is stored with its failures, which {@code stance extract --failed} runs again.
     */
    public record Extracted(Article article, List<Stance> stances, List<ExtractorFailure> failures) {
        public Extracted {
            stances = List.copyOf(stances);
            failures = List.copyOf(failures);
            for (Stance stance : stances) {
                if (!stance.article().equals(article.key())) {
                    throw new IllegalArgumentException(
                            "stance of " + stance.article() + " given with article " + article.key());
                }
            }
            for (ExtractorFailure failure : failures) {
                if (!failure.article().equals(article.key())) {
                    throw new IllegalArgumentException(
                            "failure on " + failure.article() + " given with article " + article.key());
                }
            }
        }

        /** An article on which every extractor succeeded. */
        public Extracted(Article article, List<Stance> stances) {
            this(article, stances, List.of());
        }
    }

    /** How far a bulk load has got into one input: the records before {@code recordsDone} are stored. */
    public record ProgressMark(String inputKey, long recordsDone) {}

    public List<StoreOutcome> store(List<Extracted> batch) throws SQLException {
        return store(batch, Optional.empty());
    }

    /** Stores a batch in one transaction, with the progress mark if given; returns each article's outcome, in order. */
    public List<StoreOutcome> store(List<Extracted> batch, Optional<ProgressMark> progress) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<StoreOutcome> outcomes;
            try {
                outcomes = batch.isEmpty() ? List.of() : store(connection, batch);
                if (progress.isPresent()) {
                    mark(connection, progress.get());
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            // After the commit and outside its rollback: the batch is stored whatever happens here.
            if (!batch.isEmpty()) {
                DataVersion.bump(connection);
            }
            return outcomes;
        }
    }

    /**
     * What storing one article of a batch stored one by one did: its outcome, or, when the database
     * refused the article's own values, the database's reason.
     */
    public record ArticleResult(Optional<StoreOutcome> outcome, Optional<String> refusal) {
        public static ArticleResult of(StoreOutcome outcome) {
            return new ArticleResult(Optional.of(outcome), Optional.empty());
        }

        static ArticleResult refused(String reason) {
            return new ArticleResult(Optional.empty(), Optional.of(reason));
        }

        /**
         * Why the article is to be rejected, in the words of a rejects file: the database refused its
         * values, or its key is stored with another text; empty when it was stored or was there already.
         */
        public Optional<String> rejection(ArticleKey article) {
            if (refusal.isPresent()) {
                return Optional.of("refused by the database: " + refusal.get());
            }
            return outcome.filter(o -> o == StoreOutcome.CHANGED_TEXT)
                    .map(o -> article + " is already stored with a different text; not overwritten");
        }
    }

    /**
     * Stores a batch in one transaction ({@link #store}) or, when the database refuses it and may be
     * refusing one article's values, one article at a time ({@link #storeOneByOne}), so that no article
     * can stop the others; {@code onRefusedBatch} hears why the whole batch was refused first. Each
     * article's result, in order. A failure that means the database cannot store anything is thrown.
     */
    public List<ArticleResult> storeEach(
            List<Extracted> batch, Optional<ProgressMark> progress, Consumer<SQLException> onRefusedBatch)
            throws SQLException {
        try {
            return store(batch, progress).stream().map(ArticleResult::of).toList();
        } catch (SQLException e) {
            if (databaseUnusable(e)) {
                throw e;
            }
            onRefusedBatch.accept(e);
            return storeOneByOne(batch, progress);
        }
    }

    /**
     * Whether a failure means that the database cannot store anything now, whatever the articles: the
     * connection lost, the server shut down, out of disk or memory, an internal error, or no answer at
     * all. Any other failure of a batch may be one article's fault, which {@link #storeOneByOne} finds.
     */
    public static boolean databaseUnusable(SQLException failure) {
        String state = failure.getSQLState();
        if (state == null || state.length() < 2) {
            return true; // no answer from the server: an I/O error in the driver
        }
        return switch (state.substring(0, 2)) {
            // connection exception, insufficient resources, operator intervention, system error, internal error
            case "08", "53", "57", "58", "XX" -> true;
            default -> false;
        };
    }

    /**
     * Stores a batch one article at a time, in one transaction with the progress mark if given: an
     * article whose values the database refuses (a constraint, a value too large for an index: the
     * SQLSTATE classes 22, 23 and 54) is rolled back to a savepoint and reported with the database's
     * reason, the others are stored as {@link #store} would. Any other failure fails the whole batch.
     * For a batch that {@link #store} could not write; as slow as four round trips an article.
     */
    public List<ArticleResult> storeOneByOne(List<Extracted> batch, Optional<ProgressMark> progress)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<ArticleResult> results = new ArrayList<>(batch.size());
            boolean stored = false;
            try {
                for (Extracted extracted : batch) {
                    Savepoint beforeArticle = connection.setSavepoint();
                    try {
                        StoreOutcome outcome =
                                store(connection, List.of(extracted)).get(0);
                        connection.releaseSavepoint(beforeArticle);
                        results.add(ArticleResult.of(outcome));
                        stored |= outcome == StoreOutcome.STORED;
                    } catch (SQLException e) {
                        if (!refusesTheValues(e)) {
                            throw e;
                        }
                        connection.rollback(beforeArticle);
                        results.add(ArticleResult.refused(reason(e)));
                    }
                }
                if (progress.isPresent()) {
                    mark(connection, progress.get());
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            if (stored) {
                DataVersion.bump(connection);
            }
            return results;
        }
    }

    /** Data exceptions (22: a value out of range, a bad encoding), constraint violations (23) and program limits (54: an index row too large). */
    private static boolean refusesTheValues(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23") || state.startsWith("54"));
    }

    /**
     * The server's own message, without its detail (which repeats the failing row, text and all) and
     * with its SQLSTATE, to tell what to fix.
     */
    private static String reason(SQLException failure) {
        String message = failure instanceof PSQLException psql
                        && psql.getServerErrorMessage() != null
                        && psql.getServerErrorMessage().getMessage() != null
                ? psql.getServerErrorMessage().getMessage()
                : String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
        return message + " (SQLSTATE " + failure.getSQLState() + ")";
    }

    /** The records of an input already stored by an earlier load, 0 for a new input. */
    public long recordsDone(String inputKey) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT records_done FROM load_progress WHERE input_key = ?")) {
            query.setString(1, inputKey);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static void mark(Connection connection, ProgressMark progress) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO load_progress (input_key, records_done) VALUES (?, ?)
                ON CONFLICT (input_key) DO UPDATE SET records_done = excluded.records_done, updated_at = now()""")) {
            upsert.setString(1, progress.inputKey());
            upsert.setLong(2, progress.recordsDone());
            upsert.executeUpdate();
        }
    }

    private static List<StoreOutcome> store(Connection connection, List<Extracted> batch) throws SQLException {
        int n = batch.size();
        String[] sources = new String[n];
        String[] externalIds = new String[n];
        String[] urls = new String[n];
        String[] titles = new String[n];
        Date[] published = new Date[n];
        String[] bodies = new String[n];
        String[] hashes = new String[n];
        for (int i = 0; i < n; i++) {
            Article article = batch.get(i).article();
            sources[i] = article.key().source();
            externalIds[i] = article.key().externalId();
            urls[i] = article.url().orElse(null);
            titles[i] = article.title().orElse(null);
            published[i] = article.published().map(Date::valueOf).orElse(null);
            bodies[i] = article.text();
            hashes[i] = article.contentHash().hex();
        }
        // Rows of one batch that share a key or a text: the first wins, as it would one at a time.
        Map<String, Long> inserted = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO article (source, external_id, url, title, published, body, content_hash)
                SELECT DISTINCT ON (r.source, r.external_id) r.source, r.external_id, r.url, r.title, r.published, r.body, r.content_hash
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::text[], ?::text[])
                     WITH ORDINALITY AS r(source, external_id, url, title, published, body, content_hash, ord)
                ORDER BY r.source, r.external_id, r.ord
                ON CONFLICT DO NOTHING
                RETURNING id, source, external_id, content_hash""")) {
            insert.setArray(1, connection.createArrayOf("text", sources));
            insert.setArray(2, connection.createArrayOf("text", externalIds));
            insert.setArray(3, connection.createArrayOf("text", urls));
            insert.setArray(4, connection.createArrayOf("text", titles));
            insert.setArray(5, connection.createArrayOf("date", published));
            insert.setArray(6, connection.createArrayOf("text", bodies));
            insert.setArray(7, connection.createArrayOf("text", hashes));
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    inserted.put(
                            rs.getString(2) + "\u0000" + rs.getString(3) + "\u0000" + rs.getString(4), rs.getLong(1));
                }
            }
        }
        List<StoreOutcome> outcomes = new ArrayList<>(n);
        List<Integer> notInserted = new ArrayList<>();
        Long[] articleIds = new Long[n];
        for (int i = 0; i < n; i++) {
            Long id = inserted.remove(sources[i] + "\u0000" + externalIds[i] + "\u0000" + hashes[i]);
            articleIds[i] = id;
            outcomes.add(id == null ? null : StoreOutcome.STORED);
            if (id == null) {
                notInserted.add(i);
            }
        }
        if (!notInserted.isEmpty()) {
            Map<String, String> storedHashes = storedHashes(connection, notInserted, sources, externalIds);
            for (int i : notInserted) {
                String stored = storedHashes.get(sources[i] + "\u0000" + externalIds[i]);
                outcomes.set(
                        i,
                        stored != null && !stored.equals(hashes[i])
                                ? StoreOutcome.CHANGED_TEXT
                                : StoreOutcome.ALREADY_PRESENT);
            }
        }
        storeStances(connection, batch, articleIds);
        storeFailures(connection, batch, articleIds);
        return outcomes;
    }

    /** Records the failures of the articles just stored; an article already stored keeps what it had. */
    private static void storeFailures(Connection connection, List<Extracted> batch, Long[] articleIds)
            throws SQLException {
        List<Long> articles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (articleIds[i] != null) {
                for (ExtractorFailure failure : batch.get(i).failures()) {
                    articles.add(articleIds[i]);
                    names.add(failure.extractor().name());
                    versions.add(failure.extractor().version());
                    reasons.add(failure.reason());
                }
            }
        }
        if (!articles.isEmpty()) {
            ExtractionFailures.record(connection, articles, names, versions, reasons);
        }
    }

    /**
     * The content hashes of those of these articles already stored, by key: what a job that may run
     * twice over the same input (a retried or speculative Spark task) checks before extracting, so
     * that work already stored is not done again. Storing stays idempotent without it.
     */
    public Map<ArticleKey, String> storedHashes(List<ArticleKey> keys) throws SQLException {
        if (keys.isEmpty()) {
            return Map.of();
        }
        String[] sources = keys.stream().map(ArticleKey::source).toArray(String[]::new);
        String[] externalIds = keys.stream().map(ArticleKey::externalId).toArray(String[]::new);
        List<Integer> rows =
                java.util.stream.IntStream.range(0, keys.size()).boxed().toList();
        Map<String, String> hashes;
        try (Connection connection = dataSource.getConnection()) {
            hashes = storedHashes(connection, rows, sources, externalIds);
        }
        Map<ArticleKey, String> byKey = new HashMap<>();
        for (ArticleKey key : keys) {
            String hash = hashes.get(key.source() + "\u0000" + key.externalId());
            if (hash != null) {
                byKey.put(key, hash);
            }
        }
        return byKey;
    }

    private static Map<String, String> storedHashes(
            Connection connection, List<Integer> rows, String[] sources, String[] externalIds) throws SQLException {
        String[] s = rows.stream().map(i -> sources[i]).toArray(String[]::new);
        String[] e = rows.stream().map(i -> externalIds[i]).toArray(String[]::new);
        Map<String, String> hashes = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT a.source, a.external_id, a.content_hash
                FROM article a JOIN unnest(?::text[], ?::text[]) AS k(source, external_id)
                  ON a.source = k.source AND a.external_id = k.external_id""")) {
            query.setArray(1, connection.createArrayOf("text", s));
            query.setArray(2, connection.createArrayOf("text", e));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    hashes.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getString(3));
                }
            }
        }
        return hashes;
    }

    private static void storeStances(Connection connection, List<Extracted> batch, Long[] articleIds)
            throws SQLException {
        List<Stance> stances = new ArrayList<>();
        List<Long> stanceArticles = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (articleIds[i] != null) {
                for (Stance stance : batch.get(i).stances()) {
                    stances.add(stance);
                    stanceArticles.add(articleIds[i]);
                }
            }
        }
        if (stances.isEmpty()) {
            return;
        }
        // Stance ids are drawn from the table's identity sequence first, so that the stances and
        // their findings can both go in with COPY, which writes the given ids.
        long[] ids = new long[stances.size()];
        try (PreparedStatement reserve = connection.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence('stance', 'id')) FROM generate_series(1, ?)")) {
            reserve.setInt(1, ids.length);
            try (ResultSet rs = reserve.executeQuery()) {
                for (int i = 0; i < ids.length; i++) {
                    if (!rs.next()) {
                        throw new SQLException("reserved " + i + " stance ids, needed " + ids.length);
                    }
                    ids[i] = rs.getLong(1);
                }
            }
        }
        CopyRows stanceRows = new CopyRows(
                "stance",
                "id, article_id, actor_code, topic_id, position_id, polarity, stance_date, "
                        + "date_precision, evidence, evidence_start, evidence_end, extractor_name, extractor_version, confidence");
        for (int i = 0; i < ids.length; i++) {
            Stance s = stances.get(i);
            stanceRows
                    .value(ids[i])
                    .value(stanceArticles.get(i))
                    .value(s.actor().value())
                    .value(s.topic().value())
                    .value(s.position().value())
                    .value(s.polarity().word())
                    .value(s.date().date())
                    .value(s.date().precision().word())
                    .value(s.evidence().text())
                    .value(s.evidence().start())
                    .value(s.evidence().end())
                    .value(s.extractor().name())
                    .value(s.extractor().version())
                    .value(s.confidence())
                    .endRow();
        }
        stanceRows.copy(connection);
        storeFindings(connection, stances, ids);
    }

    /** Writes the findings of stances just stored, whose ids are given in the same order. */
    static void storeFindings(Connection connection, List<Stance> stances, long[] ids) throws SQLException {
        CopyRows findings = new CopyRows(
                "stance_evidence",
                "stance_id, extractor_name, extractor_version, evidence, "
                        + "evidence_start, evidence_end, stance_date, date_precision, confidence");
        for (int i = 0; i < stances.size(); i++) {
            // An extractor that reports the same evidence twice for a stance gives one finding, not a failed batch.
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Finding f : stances.get(i).findings()) {
                if (seen.add(f.extractor().name() + "\u0000" + f.evidence().start())) {
                    findings.value(ids[i])
                            .value(f.extractor().name())
                            .value(f.extractor().version())
                            .value(f.evidence().text())
                            .value(f.evidence().start())
                            .value(f.evidence().end())
                            .value(f.date().date())
                            .value(f.date().precision().word())
                            .value(f.confidence())
                            .endRow();
                }
            }
        }
        findings.copy(connection);
    }
}
