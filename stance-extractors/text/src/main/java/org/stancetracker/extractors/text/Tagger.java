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
 * nothing is downloaded at run time). Thread-safe: the models are shared and read-only, the word
 * cache is a concurrent map, and lemmas come from OpenNLP's thread-safe lemmatizer wrapper.
 *
 * <p>Choices for speed, each measured on real news (see the benchmarks README). The models search a
 * beam of 3 tag sequences; a beam of 1 gave the same tags on all 214,000 tokens of the Guardian
 * development corpus, so tagging is greedy: the model's own context generator and weights, the best
 * valid tag at each word, without the beam search's bookkeeping (twice as fast as a beam of 1, the
 * same tags). The lemmatizer is slow (about 350 sentences/s), and a word's lemma hardly depends on
 * more than its tag, so each cached {@link Word} keeps its lemma per tag, for up to {@link
 * #WORD_CACHE_LIMIT} words, and only open-class words (nouns, verbs, adjectives, adverbs) are
 * lemmatised at all; the others' lemma is their lower-case form.
 */
final class Tagger {
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    static final int WORD_CACHE_LIMIT = 200_000;

    private final MaxentModel tags;
    /** The model's weights by feature: each feature's outcomes and their parameters. */
    private final Map<String, opennlp.tools.ml.model.Context> weights;

    private final String[] outcomes;
    private final SequenceValidator<String> validator;
    /** The model's own context generator: what {@link #contextFeatures} and {@link #ownFeatures} must match. */
    private final POSModel model;

    private final ThreadSafeLemmatizerME lemmatizer;
    private final Map<String, Word> words = new ConcurrentHashMap<>();
    /** The model's weights of the sentence-start features, at the first three words. */
    // Weights of the features that depend on a word's place, each as a dense vector over the tags (null
    // when the model has no such feature): adding a dense vector is a loop the JIT vectorises.
    private final double[][] sentenceStart;

    private final double[][] previousTag;
    private final double[][][] previousTags;

    private static final Tagger SHARED = new Tagger();

    /** One tagger for the whole process: the models take a second and 20 MB to load. */
    static Tagger shared() {
        return SHARED;
    }

    private Tagger() {
        try (InputStream pos = resource(POS_MODEL);
                InputStream lemma = resource(LEMMA_MODEL)) {
            POSModel posModel = new POSModel(pos);
            this.tags = posModel.getArtifact("pos.model");
            @SuppressWarnings("unchecked")
            Map<String, opennlp.tools.ml.model.Context> features = (Map<String, opennlp.tools.ml.model.Context>)
                    ((opennlp.tools.ml.model.AbstractModel) tags).getDataStructures()[1];
            this.weights = features;
            this.outcomes = new String[tags.getNumOutcomes()];
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = tags.getOutcome(i);
            }
            this.sentenceStart = new double[][] {
                dense(features.get("S=begin")), dense(features.get("p1S=begin")), dense(features.get("p2S=begin"))
            };
            // The tag features ("t=NOUN", "t2=DET,NOUN"), looked up once for every tag and pair of tags.
            this.previousTag = new double[outcomes.length][];
            this.previousTags = new double[outcomes.length][outcomes.length][];
            for (int a = 0; a < outcomes.length; a++) {
                previousTag[a] = dense(features.get("t=" + outcomes[a]));
                for (int b = 0; b < outcomes.length; b++) {
                    previousTags[a][b] = dense(features.get("t2=" + outcomes[a] + "," + outcomes[b]));
                }
            }
            this.validator = posModel.getFactory().getSequenceValidator();
            this.model = posModel;
            LemmatizerModel lemmaModel = new LemmatizerModel(lemma);
            MaxentModel lemmaMaxent = lemmaModel.getArtifact("lemmatizer.model");
            this.lemmatizer = new ThreadSafeLemmatizerME(
                    new LemmatizerModel("en", lemmaMaxent, 1, null, lemmaModel.getFactory()));
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
        String[] surfaces = new String[spans.size()];
        Word[] known = new Word[words.length];
        for (int i = 0; i < words.length; i++) {
            surfaces[i] = text.substring(spans.get(i)[0], spans.get(i)[1]);
            words[i] = surfaces[i].replace('’', '\'');
            known[i] = word(words[i]);
        }
        int[] tags = tagGreedily(words, known);
        Token[] tokens = new Token[words.length];
        for (int i = 0; i < words.length; i++) {
            // The model tags some figures with digit groups ("2,000") as conjunctions.
            boolean number = isNumber(words[i]);
            String tag = number ? "NUM" : outcomes[tags[i]];
            String lemma = number ? known[i].lower : known[i].lemma(tags[i]);
            String lower = surfaces[i] == words[i] ? known[i].lower : surfaces[i].toLowerCase(Locale.ROOT);
            tokens[i] = new Token(spans.get(i)[0], spans.get(i)[1], surfaces[i], tag, lemma, lower);
        }
        return tokens;
    }

    /** A figure: a digit, then digits, commas and points ("2,000", "3.5"). */
    private static boolean isNumber(String word) {
        if (word.isEmpty() || !Character.isDigit(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isDigit(c) && c != ',' && c != '.') {
                return false;
            }
        }
        return true;
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
    private int[] tagGreedily(String[] words, Word[] known) {
        String[] chosen = new String[words.length];
        int[] chosenIds = new int[words.length];
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
            chosenIds[i] = bestValid(words, chosen, i, sums);
            chosen[i] = outcomes[chosenIds[i]];
        }
        return chosenIds;
    }

    /**
     * What the model knows of a word wherever it stands: the summed weights of its own features, and
     * the weights of the features it gives its neighbours ("p1w=said" for the word after "said").
     */
    private final class Word {
        final String text;
        final String lower;
        final double[] own;
        final double[] asBefore;
        final double[] asSecondBefore;
        final double[] asAfter;
        final double[] asSecondAfter;
        /** The word's lemma under each tag, found when first needed (a race only finds the same lemma twice). */
        final String[] lemmas;

        Word(String text, String lower, double[] own) {
            this.text = text;
            this.lower = lower;
            this.own = own;
            this.asBefore = dense(weights.get("p1w=" + lower));
            this.asSecondBefore = dense(weights.get("p2w=" + lower));
            this.asAfter = dense(weights.get("n1w=" + lower));
            this.asSecondAfter = dense(weights.get("n2w=" + lower));
            this.lemmas = new String[outcomes.length];
        }

        double[] own() {
            return own;
        }

        double[] asBefore() {
            return asBefore;
        }

        double[] asSecondBefore() {
            return asSecondBefore;
        }

        double[] asAfter() {
            return asAfter;
        }

        double[] asSecondAfter() {
            return asSecondAfter;
        }

        String lemma(int tag) {
            String lemma = lemmas[tag];
            if (lemma == null) {
                lemma = Tagger.this.lemma(text, lower, outcomes[tag]);
                lemmas[tag] = lemma;
            }
            return lemma;
        }
    }

    private Word word(String word) {
        Word known = words.get(word);
        if (known == null) {
            double[] own = new double[outcomes.length];
            for (String feature : ownFeatures(word)) {
                add(own, weights.get(feature));
            }
            known = new Word(word, opennlp.tools.util.StringUtil.toLowerCase(word), own);
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

    /** The feature's weights as a dense vector over the tags, or null for a feature the model does not have. */
    private double[] dense(opennlp.tools.ml.model.Context weight) {
        if (weight == null) {
            return null;
        }
        double[] dense = new double[outcomes.length];
        add(dense, weight);
        return dense;
    }

    private static void add(double[] sums, double[] dense) {
        if (dense != null) {
            for (int k = 0; k < sums.length; k++) {
                sums[k] += dense[k];
            }
        }
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

    /**
     * The best tag the model's sequence validator allows at word {@code i}. The validator is given the
     * tags chosen so far in the whole array (the rest still null), not a copy of them per word, which
     * would make a sentence's tagging quadratic in its length.
     */
    private int bestValid(String[] words, String[] chosen, int i, double[] probabilities) {
        boolean[] tried = new boolean[outcomes.length];
        for (int attempt = 0; attempt < outcomes.length; attempt++) {
            int best = -1;
            for (int k = 0; k < outcomes.length; k++) {
                if (!tried[k] && (best < 0 || probabilities[k] > probabilities[best])) {
                    best = k;
                }
            }
            if (validator.validSequence(i, words, chosen, outcomes[best])) {
                return best;
            }
            tried[best] = true;
        }
        return 0;
    }

    private String lemma(String word, String lower, String tag) {
        if (!openClass(tag)) {
            return lower.equals("n't") ? "not" : lower;
        }
        String lemma = lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0].toLowerCase(Locale.ROOT);
        return lemma.isEmpty() || lemma.equals("o") ? lower : lemma;
    }

    private static boolean openClass(String tag) {
        return tag.startsWith("NOUN")
                || tag.startsWith("VERB")
                || tag.startsWith("AUX")
                || tag.startsWith("ADJ")
                || tag.startsWith("ADV");
    }
}
