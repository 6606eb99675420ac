package org.stancetracker.db.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The (article, extractor) pairs whose extraction failed, waiting to be run again by
 * {@code stance extract --failed}. {@link ArticleStore} records them with the article, in its
 * transaction; {@link ReExtractionStore} deletes a pair once its extractor succeeds on the article,
 * and records it again when it fails again.
 */
public final class ExtractionFailures {
    /** A reason is one line for a summary, not a dump. */
    private static final int MAX_REASON_CHARS = 1000;

    private final DataSource dataSource;

    public ExtractionFailures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How many stored articles wait for each extractor to run again on them, by extractor name, in name order. */
    public Map<String, Long> pendingByExtractor() throws SQLException {
        Map<String, Long> pending = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement query = connection.createStatement();
                ResultSet rs = query.executeQuery(
                        "SELECT extractor_name, count(*) FROM extraction_failure GROUP BY extractor_name ORDER BY extractor_name")) {
            while (rs.next()) {
                pending.put(rs.getString(1), rs.getLong(2));
            }
        }
        return pending;
    }

    /**
     * A reason as PostgreSQL can store it: a plugin's exception message is anything, and a NUL in it
     * must not make the database refuse the article it failed on. Long messages are cut.
     */
    static String storable(String reason) {
        String text = reason.replace('\u0000', '\uFFFD');
        return text.length() <= MAX_REASON_CHARS ? text : text.substring(0, MAX_REASON_CHARS) + "…";
    }

    /**
     * Records failures in the caller's transaction, the lists giving one failure per index; a pair
     * already recorded takes the newer failure.
     */
    static void record(
            Connection connection,
            List<Long> articleIds,
            List<String> extractorNames,
            List<String> extractorVersions,
            List<String> reasons)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO extraction_failure (extractor_name, article_id, extractor_version, reason)
                SELECT DISTINCT ON (f.extractor_name, f.article_id) f.extractor_name, f.article_id, f.extractor_version, f.reason
                FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[]) AS f(extractor_name, article_id, extractor_version, reason)
                ON CONFLICT ON CONSTRAINT pk_extraction_failure DO UPDATE
                    SET extractor_version = excluded.extractor_version, reason = excluded.reason, failed_at = now()""")) {
            insert.setArray(1, connection.createArrayOf("text", extractorNames.toArray()));
            insert.setArray(2, connection.createArrayOf("bigint", articleIds.toArray()));
            insert.setArray(3, connection.createArrayOf("text", extractorVersions.toArray()));
            insert.setArray(
                    4,
                    connection.createArrayOf(
                            "text",
                            reasons.stream().map(ExtractionFailures::storable).toArray()));
            insert.executeUpdate();
        }
    }
}
