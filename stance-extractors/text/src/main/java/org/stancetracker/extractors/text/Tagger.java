package org.stancetracker.extractors.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

/**
 * Part-of-speech tags and lemmas from OpenNLP's English UD models (EWT treebank, from Maven Central;
 * nothing is downloaded at run time). Thread-safe: the models are shared, OpenNLP's thread-safe
 * wrappers keep a tagger per thread.
 *
 * <p>Two choices for speed, both measured on real news (see the benchmarks README). The models
 * search a beam of 3 tag sequences; a beam of 1 gave the same tags on 2,000 Guardian sentences at
 * three times the speed, so both run greedily. The lemmatizer is slow (about 350 sentences/s), and a
 * word's lemma hardly depends on more than its tag, so lemmas are kept per word and tag, up to
 * {@link #LEMMA_CACHE_LIMIT} of them, and only open-class words (nouns, verbs, adjectives, adverbs)
 * are lemmatised at all; the others' lemma is their lower-case form.
 */
final class Tagger {
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    static final int LEMMA_CACHE_LIMIT = 200_000;
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d[\\d,.]*");

    private final ThreadSafePOSTaggerME tagger;
    private final ThreadSafeLemmatizerME lemmatizer;
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();

    private static final Tagger SHARED = new Tagger();

    /** One tagger for the whole process: the models take a second and 20 MB to load. */
    static Tagger shared() {
        return SHARED;
    }

    private Tagger() {
        try (InputStream pos = resource(POS_MODEL); InputStream lemma = resource(LEMMA_MODEL)) {
            POSModel posModel = new POSModel(pos);
            MaxentModel posMaxent = posModel.getArtifact("pos.model");
            this.tagger = new ThreadSafePOSTaggerME(new POSModel("en", posMaxent, 1, null, posModel.getFactory()));
            LemmatizerModel lemmaModel = new LemmatizerModel(lemma);
            MaxentModel lemmaMaxent = lemmaModel.getArtifact("lemmatizer.model");
            this.lemmatizer = new ThreadSafeLemmatizerME(new LemmatizerModel("en", lemmaMaxent, 1, null, lemmaModel.getFactory()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP models", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Tagger.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the class path");
        }
        return in;
    }

    /** The tokens of {@code text} at the given spans, tagged and lemmatised. */
    Token[] tag(String text, List<int[]> spans) {
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = text.substring(spans.get(i)[0], spans.get(i)[1]).replace('’', '\'');
        }
        String[] tags = words.length == 0 ? new String[0] : tagger.tag(words);
        Token[] tokens = new Token[words.length];
        for (int i = 0; i < words.length; i++) {
            // The model tags some figures with digit groups ("2,000") as conjunctions.
            String tag = NUMBER.matcher(words[i]).matches() ? "NUM" : tags[i];
            tokens[i] = new Token(spans.get(i)[0], spans.get(i)[1], text.substring(spans.get(i)[0], spans.get(i)[1]), tag,
                    lemma(words[i], tag));
        }
        return tokens;
    }

    private String lemma(String word, String tag) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!openClass(tag)) {
            return lower.equals("n't") ? "not" : lower;
        }
        String key = tag + ' ' + lower;
        String lemma = lemmas.get(key);
        if (lemma == null) {
            lemma = lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0].toLowerCase(Locale.ROOT);
            if (lemma.isEmpty() || lemma.equals("o")) {
                lemma = lower;
            }
            if (lemmas.size() < LEMMA_CACHE_LIMIT) {
                lemmas.put(key, lemma);
            }
        }
        return lemma;
    }

    private static boolean openClass(String tag) {
        return tag.startsWith("NOUN") || tag.startsWith("VERB") || tag.startsWith("AUX") || tag.startsWith("ADJ")
                || tag.startsWith("ADV");
    }
}
