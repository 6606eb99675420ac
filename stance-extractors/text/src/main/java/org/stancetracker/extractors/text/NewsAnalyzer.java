package org.stancetracker.extractors.text;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.ReferenceData;

/**
 * Finds the stances a news article reports, in named stages over one {@link ArticleAnalysis}:
 * <ol>
 *   <li>{@link SentenceStage}: sentences and direct quotes;
 *   <li>{@link DatingStage}: the day each sentence speaks of;
 *   <li>{@link MentionStage}: names of actors and the phrases that name positions; which sentences to read closely;
 *   <li>{@link TokenStage}: tokens, part-of-speech tags and lemmas (OpenNLP);
 *   <li>{@link ClauseStage}: noun phrases and clauses with subject, verb and the rest;
 *   <li>{@link SpeakerStage}: who a pronoun can stand for, sentence by sentence;
 *   <li>{@link PositionStage}: who takes which side on which position, by named rules;
 *   <li>unless the {@link Reading} is the rules alone, {@link CandidateStage}: every actor and position a
 *       sentence names together, with features, and {@link JudgingStage}: the stance model's verdict on
 *       each;
 *   <li>{@link MergingStage}: one claim per stance and evidence.
 * </ol>
 *
 * <p>The statements and quotes extractors read the same analysis: they share the analyzer of their
 * reference data ({@link #of}), the tracker hands them the same {@link ArticleText} object one after
 * the other, and the analyzer keeps the claims of the last {@link #REMEMBERED} article objects it
 * analysed (by identity: an equal text in another object is analysed again), so the second
 * extractor does not analyse the article again. Thread-safe.
 */
public final class NewsAnalyzer {
    /** Enough for every thread of a load to hand the same article to both extractors in turn. */
    static final int REMEMBERED = 64;

    private static final Map<ReferenceData, Map<Reading, NewsAnalyzer>> BY_REFERENCE_DATA =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** The stages up to the rules' claims. */
    private final List<Stage> stages;
    /** The candidates the model judges, found for a reading other than the rules, or when asked for. */
    private final CandidateStage candidateStage;
    /** After the rules: the model's judgement where the reading has it, then merging. */
    private final List<Stage> judging;
    /** The last articles analysed and their claims, a ring of {@link #REMEMBERED} slots; guarded by itself. */
    private final ArticleText[] rememberedArticles = new ArticleText[REMEMBERED];

    private final List<?>[] rememberedClaims = new List<?>[REMEMBERED];
    private int nextSlot;

    /** The analyzer the extractors built on this reference data share, for one reading. */
    public static NewsAnalyzer of(ReferenceData referenceData, Reading reading) {
        synchronized (BY_REFERENCE_DATA) {
            return BY_REFERENCE_DATA
                    .computeIfAbsent(referenceData, r -> new java.util.EnumMap<>(Reading.class))
                    .computeIfAbsent(
                            reading,
                            r -> new NewsAnalyzer(referenceData, r, r == Reading.RULES ? null : StanceModel.bundled()));
        }
    }

    /**
     * @param model the model that judges candidates; null for {@link Reading#RULES}
     */
    public NewsAnalyzer(ReferenceData referenceData, Reading reading, StanceModel model) {
        Vocabulary vocabulary = new Vocabulary(referenceData);
        Actors actors = new Actors(vocabulary);
        PositionPhrases phrases = new PositionPhrases(vocabulary);
        this.stages = List.of(
                new SentenceStage(),
                new DatingStage(vocabulary),
                new MentionStage(vocabulary, phrases),
                new TokenStage(Tagger.shared(), phrases),
                new ClauseStage(actors),
                new SpeakerStage(actors),
                new PositionStage(vocabulary, actors));
        this.candidateStage = new CandidateStage(vocabulary, actors);
        if ((reading == Reading.RULES) != (model == null)) {
            throw new IllegalArgumentException("a model judges candidates for every reading but the rules");
        }
        this.judging = reading == Reading.RULES
                ? List.of(new MergingStage())
                : List.of(candidateStage, new JudgingStage(model, reading), new MergingStage());
    }

    /** An analyzer by the rules alone. */
    public NewsAnalyzer(ReferenceData referenceData) {
        this(referenceData, Reading.RULES, null);
    }

    /** The claims of an article; the list is shared and must not be changed. */
    @SuppressWarnings("unchecked")
    public List<Claim> analyze(ArticleText article) {
        synchronized (rememberedArticles) {
            for (int i = 0; i < REMEMBERED; i++) {
                if (rememberedArticles[i] == article) {
                    return (List<Claim>) rememberedClaims[i];
                }
            }
        }
        List<Claim> claims = List.copyOf(analysis(article).claims);
        synchronized (rememberedArticles) {
            rememberedArticles[nextSlot] = article;
            rememberedClaims[nextSlot] = claims;
            nextSlot = (nextSlot + 1) % REMEMBERED;
        }
        return claims;
    }

    /** The whole analysis of an article, stage by stage; for tests and tools that show how a stance was found. */
    ArticleAnalysis analysis(ArticleText article) {
        ArticleAnalysis analysis = rulesAnalysis(article);
        if (!article.text().isBlank()) {
            for (Stage stage : judging) {
                stage.run(analysis);
            }
        }
        return analysis;
    }

    private ArticleAnalysis rulesAnalysis(ArticleText article) {
        ArticleAnalysis analysis = new ArticleAnalysis(article);
        if (!article.text().isBlank()) {
            for (Stage stage : stages) {
                stage.run(analysis);
            }
        }
        return analysis;
    }

    /**
     * The candidates of an article, as the stance model sees them, before any is judged: for training
     * the model, and for tools that show why a stance was or was not found.
     */
    public List<CandidateView> candidates(ArticleText article) {
        ArticleAnalysis analysis = rulesAnalysis(article);
        if (!article.text().isBlank()) {
            candidateStage.run(analysis);
        }
        List<CandidateView> views = new java.util.ArrayList<>();
        for (Candidate candidate : analysis.candidates) {
            SentenceAnalysis sentence = analysis.sentences.get(candidate.sentence());
            views.add(new CandidateView(
                    sentence.start(),
                    sentence.end(),
                    candidate.actor().value(),
                    candidate.position().id().value(),
                    candidate.features(),
                    sentence.date,
                    candidate.from(),
                    candidate.to()));
        }
        return views;
    }
}
