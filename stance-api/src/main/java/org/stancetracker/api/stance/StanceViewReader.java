package org.stancetracker.api.stance;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stancetracker.api.evidence.ArticleCitation;
import org.stancetracker.api.evidence.EvidenceReader;
import org.stancetracker.api.evidence.EvidenceView;
import org.stancetracker.db.query.SqlConditions;
import org.stancetracker.db.query.StanceFilter;

/**
 * Reads stances as the API shows them ({@link StanceView}: lead evidence, article and every
 * finding): a page of a filtered listing, or all of one article's.
 */
@ApplicationScoped
public class StanceViewReader {
    private static final String COLUMNS = """
            s.id, s.actor_code, s.position_id, s.polarity, s.evidence, s.evidence_start, s.evidence_end, s.stance_date::text,
            s.confidence, s.extractor_name, a.id, a.external_id, a.title, a.source, a.url, a.published::text, s.topic_id, s.date_precision""";

    private final AgroalDataSource dataSource;

    public StanceViewReader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public StancePage page(StanceFilter filter, int page, int size) throws SQLException {
        SqlConditions where = filter.conditions();
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count =
                    connection.prepareStatement("SELECT count(*) FROM stance s " + where.sql())) {
                where.bind(count, 1);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<StanceView> items = new ArrayList<>();
            Map<Long, ArticleCitation> citations = new HashMap<>();
            if (total > (long) (page - 1) * size) {
                // Newest stances first; undated ones last. The id breaks ties so that pages never overlap.
                try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM stance s JOIN article a ON a.id = s.article_id " + where.sql()
                        + " ORDER BY s.stance_date DESC NULLS LAST, s.id DESC LIMIT ? OFFSET ?")) {
                    int next = where.bind(query, 1);
                    query.setInt(next, size);
                    query.setLong(next + 1, (long) (page - 1) * size);
                    items = read(connection, query, citations);
                }
            }
            return new StancePage(
                    total,
                    page,
                    size,
                    items,
                    ArticleCitation.of(
                            citations, items.stream().map(StanceView::evidence).toList()));
        }
    }

    /** Every stance of one article, in text order, read on the caller's connection. */
    public List<StanceView> ofArticle(Connection connection, long articleId) throws SQLException {
        SqlConditions where =
                StanceFilter.all().withArticle(Optional.of(articleId)).conditions();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM stance s JOIN article a ON a.id = s.article_id " + where.sql()
                        + " ORDER BY s.evidence_start, s.id")) {
            where.bind(query, 1);
            // The article's own answer carries its title once, beside these.
            return read(connection, query, new HashMap<>());
        }
    }

    private static List<StanceView> read(
            Connection connection, PreparedStatement query, Map<Long, ArticleCitation> citations) throws SQLException {
        record Row(EvidenceView evidence, String topic, String precision) {}
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(EvidenceReader.read(rs, 1, citations), rs.getString(17), rs.getString(18)));
            }
        }
        Map<Long, List<FindingView>> findings = findings(
                connection, rows.stream().map(r -> r.evidence().stanceId()).toArray(Long[]::new));
        return rows.stream()
                .map(r -> new StanceView(
                        r.topic(),
                        r.precision(),
                        r.evidence(),
                        findings.getOrDefault(r.evidence().stanceId(), List.of())))
                .toList();
    }

    private static Map<Long, List<FindingView>> findings(Connection connection, Long[] stanceIds) throws SQLException {
        Map<Long, List<FindingView>> findings = new HashMap<>();
        if (stanceIds.length == 0) {
            return findings;
        }
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT stance_id, extractor_name, extractor_version, evidence, evidence_start, evidence_end, stance_date::text,
                       date_precision, confidence
                FROM stance_evidence WHERE stance_id = ANY (?) ORDER BY stance_id, evidence_start, extractor_name""")) {
            query.setArray(1, connection.createArrayOf("bigint", stanceIds));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    findings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new FindingView(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getInt(5),
                                    rs.getInt(6),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getDouble(9)));
                }
            }
        }
        return findings;
    }
}
