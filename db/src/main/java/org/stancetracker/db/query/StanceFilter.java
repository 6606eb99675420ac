package org.stancetracker.db.query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which stances a reader wants, and the one place that turns that into SQL: the CLI's export and
 * the API's listings, timelines, shifts and standings all filter stances through it. An empty part
 * does not filter; {@code from} and {@code to} bound the stance date, inclusive, so either leaves
 * out undated stances.
 *
 * <p>Only the parts given become conditions, each value bound as a parameter: a query gets a plan
 * for the filters it has (an {@code ?::text IS NULL OR ...} condition would keep a generic plan
 * from using the indexes), and no value is ever written into the SQL.
 *
 * @param datedOnly     only stances with a known date, as on a timeline
 * @param article       the article's id in the database (not its external id)
 * @param sources       only stances read in articles of these sources (none: every source)
 * @param extractor     only stances this extractor found (alone or with others)
 * @param minConfidence only stances at least this confident
 */
public record StanceFilter(
        Optional<String> topic,
        Optional<String> actor,
        Optional<String> position,
        Optional<String> polarity,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        boolean datedOnly,
        Optional<Long> article,
        List<String> sources,
        Optional<String> extractor,
        Optional<Double> minConfidence) {

    public StanceFilter {
        sources = List.copyOf(sources);
    }

    /** Every stance. */
    public static StanceFilter all() {
        return new StanceFilter(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty());
    }

    public StanceFilter withTopic(String topicId) {
        return withTopic(Optional.of(topicId));
    }

    public StanceFilter withTopic(Optional<String> topicId) {
        return new StanceFilter(
                topicId, actor, position, polarity, from, to, datedOnly, article, sources, extractor, minConfidence);
    }

    public StanceFilter withActor(Optional<String> actorCode) {
        return new StanceFilter(
                topic, actorCode, position, polarity, from, to, datedOnly, article, sources, extractor, minConfidence);
    }

    public StanceFilter withPosition(Optional<String> positionId) {
        return new StanceFilter(
                topic, actor, positionId, polarity, from, to, datedOnly, article, sources, extractor, minConfidence);
    }

    public StanceFilter withPolarity(Optional<String> polarityWord) {
        return new StanceFilter(
                topic, actor, position, polarityWord, from, to, datedOnly, article, sources, extractor, minConfidence);
    }

    /** Stances dated from {@code first} to {@code last}, both inclusive; an empty end is open. */
    public StanceFilter between(Optional<LocalDate> first, Optional<LocalDate> last) {
        return new StanceFilter(
                topic, actor, position, polarity, first, last, datedOnly, article, sources, extractor, minConfidence);
    }

    /** Only stances with a known date. */
    public StanceFilter dated() {
        return new StanceFilter(
                topic, actor, position, polarity, from, to, true, article, sources, extractor, minConfidence);
    }

    public StanceFilter withArticle(Optional<Long> articleId) {
        return new StanceFilter(
                topic, actor, position, polarity, from, to, datedOnly, articleId, sources, extractor, minConfidence);
    }

    /** Only stances read in articles of these sources, extracted by this extractor, this confident at least. */
    public StanceFilter readBy(List<String> sourceNames, Optional<String> extractorName, Optional<Double> confidence) {
        return new StanceFilter(
                topic, actor, position, polarity, from, to, datedOnly, article, sourceNames, extractorName, confidence);
    }

    /** Only the parts of this filter that the tallies do not keep (source, extractor, confidence). */
    public StanceFilter readByOnly() {
        return all().readBy(sources, extractor, minConfidence);
    }

    /**
     * Whether the filter asks for something the tallies cannot answer (a source, an extractor, a
     * confidence): then sums must be made from the stances themselves.
     */
    public boolean needsStances() {
        return !sources.isEmpty() || extractor.isPresent() || minConfidence.isPresent();
    }

    /**
     * The conditions over the stance table, which the query must call {@code s}. More conditions may
     * be added to the result, for a join or a correlated subquery.
     */
    public SqlConditions conditions() {
        return new SqlConditions()
                .addIfPresent("s.topic_id = ?", topic)
                .addIfPresent("s.actor_code = ?", actor)
                .addIfPresent("s.position_id = ?", position)
                .addIfPresent("s.polarity = ?", polarity)
                .addIf(datedOnly, "s.stance_date IS NOT NULL")
                .addIfPresent("s.stance_date >= ?", from.map(Date::valueOf))
                .addIfPresent("s.stance_date <= ?", to.map(Date::valueOf))
                .addIfPresent("s.article_id = ?", article)
                .addIfPresent(
                        "EXISTS (SELECT 1 FROM article sa WHERE sa.id = s.article_id AND sa.source = ANY (?))",
                        sources.isEmpty() ? Optional.empty() : Optional.of(sources.toArray(String[]::new)))
                .addIfPresent(
                        "EXISTS (SELECT 1 FROM stance_evidence se WHERE se.stance_id = s.id AND se.extractor_name = ?)",
                        extractor)
                .addIfPresent("s.confidence >= ?", minConfidence);
    }

    /**
     * The conditions over stance_tally, which the query must call {@code t}: the tallies of the
     * filter's topic, actor and position at this granularity, of the periods that <em>begin</em>
     * within the date range. A range from a period's first day to another period's last day
     * therefore gives the whole periods within it, and nothing of a period it cuts.
     *
     * @param granularity week or month, as the tallies are kept
     * @throws IllegalArgumentException when the filter has a polarity, an article, a source, an
     *                                  extractor or a confidence: the tallies sum both polarities and
     *                                  every article
     */
    public SqlConditions tallyConditions(String granularity) {
        if (polarity.isPresent() || article.isPresent() || needsStances()) {
            throw new IllegalArgumentException(
                    "stance_tally sums every article and both polarities; it cannot filter by "
                            + (polarity.isPresent()
                                    ? "polarity"
                                    : article.isPresent() ? "article" : "source, extractor or confidence"));
        }
        // Only dated stances are tallied, so datedOnly needs no condition here.
        return new SqlConditions()
                .addIfPresent("t.topic_id = ?", topic)
                .add("t.granularity = ?", granularity)
                .addIfPresent("t.actor_code = ?", actor)
                .addIfPresent("t.position_id = ?", position)
                .addIfPresent("t.period >= ?", from.map(Date::valueOf))
                .addIfPresent("t.period <= ?", to.map(Date::valueOf));
    }
}
