package org.stancetracker.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.stancetracker.extractors.text.SentenceSplitter;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.Extractor;

/**
 * Extraction speed of the default extractors over the synthetic corpus of {@link CorpusGenerator}.
 *
 * <p>One operation is one article: every invocation runs over the whole corpus
 * ({@value #ARTICLES} articles) and {@link OperationsPerInvocation} divides by it, so the primary
 * score is articles per second and {@code -prof gc}'s {@code gc.alloc.rate.norm} is bytes per
 * article. The secondary score {@code sentences} (an {@link AuxCounters} counter) is the corpus's
 * sentences per second. All benchmarks run on one thread: the scores are per core.
 *
 * <ul>
 *   <li>{@link #defaultExtractors}: {@code statements} then {@code quotes} on each article, as the
 *       tracker runs them (the second reuses the analysis the first made of the same article object);</li>
 *   <li>{@link #statements}, {@link #quotes}: each alone, to see where the time goes;</li>
 *   <li>{@link #sentenceSplitting}: {@link SentenceSplitter#split} alone, the OpenNLP part;</li>
 *   <li>{@link #sampleArticles}: the default extractors over the articles written for this project
 *       in news style ({@code db/samples}: the seeds, held-out, blind and Russia sets, found from the
 *       working directory or {@code -Dstance.samples.dir}), whose stance sentences are as rare as in
 *       real news; its {@code sentences} score counts their sentences.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
// The JIT needs about 25 s of one core to compile the analysis fully (C2, measured with -XX:+CITime):
// with less warm-up the measured iterations still climb.
@Warmup(iterations = 10, time = 3, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Threads(1)
@State(Scope.Benchmark)
public class ExtractionBenchmark {
    /** Articles in the corpus; one invocation processes all of them. */
    public static final int ARTICLES = 100;
    /** The corpus seed: the day of the Tehran summit. */
    public static final long SEED = 20180907L;

    /**
     * How the built-in extractors decide (their {@code reading} setting): the rules alone, or the rules
     * and the stance model's additions, the default; measured in one run to compare their cost.
     */
    @Param({"combined", "rules"})
    public String reading;

    private List<ArticleText> articles;
    private List<String> texts;
    private int corpusSentences;
    private Extractor statements;
    private Extractor quotes;
    private SentenceSplitter splitter;
    private List<ArticleText> samples;
    private int sampleSentences;

    /** Sentences per second, beside the primary articles per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Sentences {
        public long sentences;

        @Setup(Level.Iteration)
        public void clear() {
            sentences = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkCorpus corpus = BenchmarkCorpus.create(ARTICLES, SEED);
        articles = corpus.articles();
        texts = corpus.texts();
        corpusSentences = corpus.sentences();
        Map<String, Extractor> extractors = corpus.defaultExtractors(Map.of("reading", reading));
        statements = extractors.get("statements");
        quotes = extractors.get("quotes");
        splitter = new SentenceSplitter();
        samples = SampleArticles.load();
        sampleSentences = samples.stream().mapToInt(a -> splitter.split(a.text()).size()).sum();
        System.out.println();
        System.out.println("# sample articles: " + samples.size() + " articles, " + sampleSentences + " sentences");
        System.out.println("# " + corpus.describe());
        System.out.println("# candidates found in the corpus: " + corpus.candidateCounts());
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void defaultExtractors(Sentences counter, Blackhole blackhole) {
        for (ArticleText article : articles) {
            blackhole.consume(statements.extract(article));
            blackhole.consume(quotes.extract(article));
        }
        counter.sentences += corpusSentences;
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void statements(Sentences counter, Blackhole blackhole) {
        for (ArticleText article : articles) {
            blackhole.consume(statements.extract(article));
        }
        counter.sentences += corpusSentences;
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void quotes(Sentences counter, Blackhole blackhole) {
        for (ArticleText article : articles) {
            blackhole.consume(quotes.extract(article));
        }
        counter.sentences += corpusSentences;
    }

    /**
     * One operation is one pass over all the sample articles; the {@code sentences} score is what
     * matters. Each pass hands the extractors new article objects, as a load does: the analyzer
     * remembers the last few it analysed, and would otherwise answer every pass after the first from
     * memory (the sample set is smaller than what it remembers).
     */
    @Benchmark
    public void sampleArticles(Sentences counter, Blackhole blackhole) {
        for (ArticleText sample : samples) {
            ArticleText article = new ArticleText(sample.text(), sample.published(), sample.source());
            blackhole.consume(statements.extract(article));
            blackhole.consume(quotes.extract(article));
        }
        counter.sentences += sampleSentences;
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void sentenceSplitting(Sentences counter, Blackhole blackhole) {
        for (String text : texts) {
            blackhole.consume(splitter.split(text));
        }
        counter.sentences += corpusSentences;
    }
}
