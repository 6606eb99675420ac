package org.stancetracker.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.extractors.text.SentenceSplitter;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.ReferenceData;

/**
 * What the benchmarks run on: the bundled reference data, the synthetic corpus generated from it,
 * its sentence count (as the extractors' own {@link SentenceSplitter} counts them) and the default
 * extractors, found by {@link ServiceLoader} and created with empty configurations.
 */
public final class BenchmarkCorpus {
    /** The extractors that run by default, in the order they run. */
    public static final List<String> DEFAULT_EXTRACTORS = List.of("statements", "quotes");
    public static final String SOURCE = "synthetic";

    private final ReferenceData referenceData;
    private final List<String> texts;
    private final List<ArticleText> articles;
    private final int sentences;

    private BenchmarkCorpus(ReferenceData referenceData, List<String> texts, List<ArticleText> articles, int sentences) {
        this.referenceData = referenceData;
        this.texts = texts;
        this.articles = articles;
        this.sentences = sentences;
    }

    /** {@code count} generated articles from {@code seed}, over the bundled reference data. */
    public static BenchmarkCorpus create(int count, long seed) {
        ReferenceData data = ReferenceDataFile.bundled().data();
        List<CorpusGenerator.GeneratedArticle> generated = new CorpusGenerator(data).generate(count, seed);
        List<String> texts = generated.stream().map(CorpusGenerator.GeneratedArticle::text).toList();
        List<ArticleText> articles = generated.stream()
                .map(a -> new ArticleText(a.text(), Optional.of(a.published()), SOURCE))
                .toList();
        SentenceSplitter splitter = new SentenceSplitter();
        int sentences = texts.stream().mapToInt(t -> splitter.split(t).size()).sum();
        return new BenchmarkCorpus(data, texts, articles, sentences);
    }

    /** The default extractors by name, in {@link #DEFAULT_EXTRACTORS} order; fails if one is missing. */
    public Map<String, Extractor> defaultExtractors() {
        return defaultExtractors(Map.of());
    }

    /** The default extractors, each with these settings (a setting neither knows is refused). */
    public Map<String, Extractor> defaultExtractors(Map<String, String> settings) {
        Map<String, ExtractorFactory> factories = new LinkedHashMap<>();
        for (ExtractorFactory factory : ServiceLoader.load(ExtractorFactory.class)) {
            factories.putIfAbsent(factory.name(), factory);
        }
        Map<String, Extractor> extractors = new LinkedHashMap<>();
        for (String name : DEFAULT_EXTRACTORS) {
            ExtractorFactory factory = factories.get(name);
            if (factory == null) {
                throw new IllegalStateException("extractor '" + name + "' is not on the class path; found " + factories.keySet());
            }
            extractors.put(name, factory.create(new ExtractorConfig(factory.name(), settings), referenceData));
        }
        return extractors;
    }

    public ReferenceData referenceData() {
        return referenceData;
    }

    public List<String> texts() {
        return texts;
    }

    public List<ArticleText> articles() {
        return articles;
    }

    /** Sentences of the whole corpus, as the extractors split them (headlines included). */
    public int sentences() {
        return sentences;
    }

    public double sentencesPerArticle() {
        return articles.isEmpty() ? 0 : (double) sentences / articles.size();
    }

    public int characters() {
        return texts.stream().mapToInt(String::length).sum();
    }

    /** One line describing the corpus, for logs. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "corpus: %d articles, %d sentences (%.1f per article), %d characters (%.0f per article), reference data %s",
                articles.size(), sentences, sentencesPerArticle(), characters(),
                articles.isEmpty() ? 0.0 : (double) characters() / articles.size(), referenceData.version());
    }

    /** Candidates each default extractor finds in the corpus: proof that the corpus exercises them. */
    public Map<String, Integer> candidateCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        defaultExtractors().forEach((name, extractor) -> {
            int n = 0;
            for (ArticleText article : articles) {
                n += extractor.extract(article).size();
            }
            counts.put(name, n);
        });
        return counts;
    }

    /** Not a benchmark: prints the corpus, a sample article and the candidates found, for a quick look. */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : ExtractionBenchmark.ARTICLES;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : ExtractionBenchmark.SEED;
        BenchmarkCorpus corpus = create(count, seed);
        System.out.println(corpus.describe());
        System.out.println("candidates: " + corpus.candidateCounts());
        if (!corpus.articles().isEmpty()) {
            ArticleText first = corpus.articles().get(0);
            System.out.println("--- first article, published " + first.published().orElseThrow() + " ---");
            System.out.println(first.text());
            List<String> found = new ArrayList<>();
            corpus.defaultExtractors().forEach((name, extractor) -> extractor.extract(first).forEach(c ->
                    found.add(name + ": " + c.actor() + " " + c.polarity() + " " + c.position() + " " + c.date())));
            found.forEach(System.out::println);
        }
    }
}
