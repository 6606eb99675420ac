package org.stancetracker.api.article;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.stancetracker.api.stance.StanceViewReader;
import org.stancetracker.core.article.Article;
import org.stancetracker.db.query.SqlConditions;

/** Reads stored articles with their stances. */
@ApplicationScoped
public class ArticleReader {
    private final AgroalDataSource dataSource;
    private final StanceViewReader stances;

    public ArticleReader(AgroalDataSource dataSource, StanceViewReader stances) {
        this.dataSource = dataSource;
        this.stances = stances;
    }

    /** The article with this id in the database. */
    public Optional<ArticleView> article(long id) throws SQLException {
        return article(new SqlConditions().add("id = ?", id));
    }

    /** The article with this id where it came from, as the export and the evidence give it. */
    public Optional<ArticleView> article(String source, String externalId) throws SQLException {
        if (source.indexOf('\0') >= 0 || externalId.indexOf('\0') >= 0) {
            return Optional.empty(); // PostgreSQL text cannot hold NUL, so no article has it, and a query would fail
        }
        return article(new SqlConditions().add("source = ?", source).add("external_id = ?", externalId));
    }

    private Optional<ArticleView> article(SqlConditions where) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT id, source, external_id, title, url, published, body FROM article " + where.sql())) {
            where.bind(query, 1);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong(1);
                Date published = rs.getDate(6);
                return Optional.of(new ArticleView(
                        id,
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        published == null ? null : published.toLocalDate().toString(),
                        rs.getString(7),
                        // On this request's one connection: a second, taken while this one is held, is how
                        // concurrent readers emptied the pool and waited on each other.
                        stances.ofArticle(connection, id)));
            }
        }
    }

    /** The id of the stored article with this key or, failing that, this text. */
    public Optional<Long> idOf(Article article) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                     SELECT id FROM article WHERE (source = ? AND external_id = ?) OR content_hash = ?
                     ORDER BY (source = ? AND external_id = ?) DESC LIMIT 1""")) {
            query.setString(1, article.key().source());
            query.setString(2, article.key().externalId());
            query.setString(3, article.contentHash().hex());
            query.setString(4, article.key().source());
            query.setString(5, article.key().externalId());
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }
}
