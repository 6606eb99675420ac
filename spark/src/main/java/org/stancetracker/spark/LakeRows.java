package org.stancetracker.spark;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.stance.Finding;
import org.stancetracker.core.stance.Stance;

/**
 * What {@code --output PATH} writes for a data lake, as Parquet: {@code PATH/articles}, one row per
 * article read, and {@code PATH/findings}, one row per finding of every stance extracted, keyed by the
 * article's source and external id, as the export names them.
 */
final class LakeRows {
    static final StructType ARTICLES = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("external_id", DataTypes.StringType, false)
            .add("url", DataTypes.StringType, true)
            .add("title", DataTypes.StringType, true)
            .add("published", DataTypes.DateType, true)
            .add("content_hash", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, false);

    static final StructType FINDINGS = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("external_id", DataTypes.StringType, false)
            .add("actor", DataTypes.StringType, false)
            .add("topic", DataTypes.StringType, false)
            .add("position", DataTypes.StringType, false)
            .add("polarity", DataTypes.StringType, false)
            .add("date", DataTypes.DateType, true)
            .add("date_precision", DataTypes.StringType, false)
            .add("confidence", DataTypes.DoubleType, false)
            .add("evidence", DataTypes.StringType, false)
            .add("evidence_start", DataTypes.IntegerType, false)
            .add("evidence_end", DataTypes.IntegerType, false)
            .add("extractor", DataTypes.StringType, false)
            .add("extractor_version", DataTypes.StringType, false);

    private LakeRows() {}

    static Row article(Article article) {
        return RowFactory.create(
                article.key().source(),
                article.key().externalId(),
                article.url().orElse(null),
                article.title().orElse(null),
                article.published().map(Date::valueOf).orElse(null),
                article.contentHash().hex(),
                article.text());
    }

    static List<Row> findings(List<Stance> stances) {
        List<Row> rows = new ArrayList<>();
        for (Stance stance : stances) {
            for (Finding finding : stance.findings()) {
                rows.add(RowFactory.create(
                        stance.article().source(),
                        stance.article().externalId(),
                        stance.actor().value(),
                        stance.topic().value(),
                        stance.position().value(),
                        stance.polarity().word(),
                        finding.date().date().map(Date::valueOf).orElse(null),
                        finding.date().precision().word(),
                        finding.confidence(),
                        finding.evidence().text(),
                        finding.evidence().start(),
                        finding.evidence().end(),
                        finding.extractor().name(),
                        finding.extractor().version()));
            }
        }
        return rows;
    }
}
