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
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Part-of-speech tags and lemmas from OpenNLP's English UD models (EWT treebank, from Maven Central;
 * nothing is downloaded at run time). Thread-safe: the models are shared, OpenNLP's thread-safe
 * wrappers keep a tagger per thread.
 *
 * <p>Choices for speed, each measured on real news (see the benchmarks README). The models search a
 * beam of 3 tag sequences; a beam of 1 gave the same tags on all 214,000 tokens of the Guardian
 * development corpus, so tagging is greedy: the model's own context generator and weights, the best
 * valid tag at each word, without the beam search's bookkeeping (twice as fast as a beam of 1, the
 * same tags). The lemmatizer is slow (about 350 sentences/s), and a word's lemma hardly depends on
 * more than its tag, so lemmas are kept per word and tag, up to {@link #LEMMA_CACHE_LIMIT} of them,
 * and only open-class words (nouns, verbs, adjectives, adverbs) are lemmatised at all; the others'
 * lemma is their lower-case form.
 */
final class Tagger {
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    static final int LEMMA_CACHE_LIMIT = 200_000;
    static final int WORD_CACHE_LIMIT = 200_000;
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d[\\d,.]*");

    private final MaxentModel tags;
    /** The model's weights by feature: each feature's outcomes and their parameters. */
    private final Map<String, opennlp.tools.ml.model.Context> weights;
    private final String[] outcomes;
    private final SequenceValidator<String> validator;
    /** The model's own context generator: what {@link #contextFeatures} and {@link #ownFeatures} must match. */
    private final POSModel model;
    private final ThreadSafeLemmatizerME lemmatizer;
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();
    private final Map<String, Word> words = new ConcurrentHashMap<>();
    /** The model's weights of the sentence-start features, at the first three words. */
    private final opennlp.tools.ml.model.Context[] sentenceStart;
    private final opennlp.tools.ml.model.Context[] previousTag;
    private final opennlp.tools.ml.model.Context[][] previousTags;
    private final Map<String, Integer> outcomeIds = new java.util.HashMap<>();

    private static final Tagger SHARED = new Tagger();

    /** One tagger for the whole process: the models take a second and 20 MB to load. */
    static Tagger shared() {
        return SHARED;
    }

    private Tagger() {
        try (InputStream pos = resource(POS_MODEL); InputStream lemma = resource(LEMMA_MODEL)) {
            POSModel posModel = new POSModel(pos);
            this.tags = posModel.getArtifact("pos.model");
            @SuppressWarnings("unchecked")
            Map<String, opennlp.tools.ml.model.Context> features =
                    (Map<String, opennlp.tools.ml.model.Context>) ((opennlp.tools.ml.model.AbstractModel) tags).getDataStructures()[1];
            this.weights = features;
            this.sentenceStart = new opennlp.tools.ml.model.Context[] {features.get("S=begin"), features.get("p1S=begin"),
                features.get("p2S=begin")};
            this.outcomes = new String[tags.getNumOutcomes()];
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = tags.getOutcome(i);
            }
            // The tag features ("t=NOUN", "t2=DET,NOUN"), looked up once for every tag and pair of tags.
            this.previousTag = new opennlp.tools.ml.model.Context[outcomes.length];
            this.previousTags = new opennlp.tools.ml.model.Context[outcomes.length][outcomes.length];
            for (int a = 0; a < outcomes.length; a++) {
                outcomeIds.put(outcomes[a], a);
                previousTag[a] = features.get("t=" + outcomes[a]);
                for (int b = 0; b < outcomes.length; b++) {
                    previousTags[a][b] = features.get("t2=" + outcomes[a] + "," + outcomes[b]);
                }
            }
            this.validator = posModel.getFactory().getSequenceValidator();
            this.model = posModel;
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
        String[] tags = tagGreedily(words);
        Token[] tokens = new Token[words.length];
        for (int i = 0; i < words.length; i++) {
            // The model tags some figures with digit groups ("2,000") as conjunctions.
            String tag = NUMBER.matcher(words[i]).matches() ? "NUM" : tags[i];
            tokens[i] = new Token(spans.get(i)[0], spans.get(i)[1], text.substring(spans.get(i)[0], spans.get(i)[1]), tag,
                    lemma(words[i], tag));
        }
        return tokens;
    }

    /**
     * The best valid tag at each word in turn, given the tags before it: a beam search of width 1,
     * without the beam. The model is log-linear with a uniform prior, so the tag with the highest sum
     * of weights is the most probable one: the sums are compared as they are, without turning them
     * into probabilities (which is what most of the model's own evaluation costs).
     *
     * <p>The model's features (its {@code generator.featuregen}) are the word's own (prefixes,
     * suffixes, the word, its class and a constant), its two neighbours on each side, whether the
     * sentence starts within two words, and the two tags before. A word's own features weigh the same
     * wherever it stands, and so does each feature it gives a neighbour, so both are kept per word
     * ({@link Word}); only the tags before are looked up at each word. {@code TaggerTest} checks that
     * the features are the model generator's own ({@link #ownFeatures}, {@link #contextFeatures}).
     */
    private String[] tagGreedily(String[] words) {
        String[] chosen = new String[words.length];
        int[] chosenIds = new int[words.length];
        Word[] known = new Word[words.length];
        for (int i = 0; i < words.length; i++) {
            known[i] = word(words[i]);
        }
        double[] sums = new double[outcomes.length];
        for (int i = 0; i < words.length; i++) {
            System.arraycopy(known[i].own(), 0, sums, 0, sums.length);
            add(sums, i >= 2 ? known[i - 2].asSecondBefore() : null);
            add(sums, i >= 1 ? known[i - 1].asBefore() : null);
            add(sums, i + 1 < words.length ? known[i + 1].asAfter() : null);
            add(sums, i + 2 < words.length ? known[i + 2].asSecondAfter() : null);
            add(sums, i < sentenceStart.length ? sentenceStart[i] : null);
            if (i >= 1) {
                add(sums, previousTag[chosenIds[i - 1]]);
            }
            if (i >= 2) {
                add(sums, previousTags[chosenIds[i - 2]][chosenIds[i - 1]]);
            }
            chosen[i] = bestValid(words, chosen, i, sums);
            chosenIds[i] = outcomeIds.get(chosen[i]);
        }
        return chosen;
    }

    /**
     * What the model knows of a word wherever it stands: the summed weights of its own features, and
     * the weights of the features it gives its neighbours ("p1w=said" for the word after "said").
     */
    private record Word(double[] own, opennlp.tools.ml.model.Context asBefore, opennlp.tools.ml.model.Context asSecondBefore,
                        opennlp.tools.ml.model.Context asAfter, opennlp.tools.ml.model.Context asSecondAfter) {
    }

    private Word word(String word) {
        Word known = words.get(word);
        if (known == null) {
            double[] own = new double[outcomes.length];
            for (String feature : ownFeatures(word)) {
                add(own, weights.get(feature));
            }
            String lower = opennlp.tools.util.StringUtil.toLowerCase(word);
            known = new Word(own, weights.get("p1w=" + lower), weights.get("p2w=" + lower), weights.get("n1w=" + lower),
                    weights.get("n2w=" + lower));
            if (words.size() < WORD_CACHE_LIMIT) {
                words.put(word, known);
            }
        }
        return known;
    }

    /** The features of word {@code i} that depend on its place: neighbours, sentence start, tags before. */
    static List<String> contextFeatures(String[] lower, String[] tagsBefore, int i) {
        List<String> features = new java.util.ArrayList<>(7);
        if (i >= 2) {
            features.add("p2w=" + lower[i - 2]);
        }
        if (i >= 1) {
            features.add("p1w=" + lower[i - 1]);
        }
        if (i + 1 < lower.length) {
            features.add("n1w=" + lower[i + 1]);
        }
        if (i + 2 < lower.length) {
            features.add("n2w=" + lower[i + 2]);
        }
        if (i == 0) {
            features.add("S=begin");
        } else if (i == 1) {
            features.add("p1S=begin");
        } else if (i == 2) {
            features.add("p2S=begin");
        }
        if (i >= 1) {
            features.add("t=" + tagsBefore[i - 1]);
        }
        if (i >= 2) {
            features.add("t2=" + tagsBefore[i - 2] + "," + tagsBefore[i - 1]);
        }
        return features;
    }

    /** The word's own features, as the model's generator makes them: a constant, prefixes, suffixes, the word and its class. */
    static List<String> ownFeatures(String word) {
        List<String> features = new java.util.ArrayList<>(12);
        features.add("def");
        String[] single = {word};
        new opennlp.tools.util.featuregen.SuffixFeatureGenerator().createFeatures(features, single, 0, null);
        new opennlp.tools.util.featuregen.PrefixFeatureGenerator().createFeatures(features, single, 0, null);
        new opennlp.tools.util.featuregen.TokenFeatureGenerator().createFeatures(features, single, 0, null);
        new opennlp.tools.util.featuregen.TokenClassFeatureGenerator(true).createFeatures(features, single, 0, null);
        return features;
    }

    private static void add(double[] sums, opennlp.tools.ml.model.Context weight) {
        if (weight != null) {
            int[] outcomeIds = weight.getOutcomes();
            double[] parameters = weight.getParameters();
            for (int k = 0; k < outcomeIds.length; k++) {
                sums[outcomeIds[k]] += parameters[k];
            }
        }
    }

    /** A new instance of the model's own context generator, to check that the features here are its own. */
    POSContextGenerator modelContextGenerator() {
        return model.getFactory().getPOSContextGenerator();
    }

    private String bestValid(String[] words, String[] chosen, int i, double[] probabilities) {
        String[] before = java.util.Arrays.copyOf(chosen, i);
        boolean[] tried = new boolean[outcomes.length];
        for (int attempt = 0; attempt < outcomes.length; attempt++) {
            int best = -1;
            for (int k = 0; k < outcomes.length; k++) {
                if (!tried[k] && (best < 0 || probabilities[k] > probabilities[best])) {
                    best = k;
                }
            }
            if (validator.validSequence(i, words, before, outcomes[best])) {
                return outcomes[best];
            }
            tried[best] = true;
        }
        return outcomes[0];
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
