package org.stancetracker.training;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.io.BinaryQNModelWriter;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.extractors.text.CandidateView;
import org.stancetracker.extractors.text.NewsAnalyzer;
import org.stancetracker.extractors.text.Reading;
import org.stancetracker.extractors.text.StanceModel;
import org.stancetracker.spi.ReferenceData;

/**
 * Trains the stance model and measures it against the rules, so that what is kept is kept on
 * evidence. Reads the labels and written items of this module and the shared corpora; prints, for
 * the rules alone, the learned model alone and the two combined:
 * <ul>
 *   <li>cross-corpus figures: trained without a corpus's labels, measured on that corpus's gold
 *       development set (the figure that says how it does on news it never saw);
 *   <li>the labels kept aside ({@code final}), measured once, with a model trained on the rest;
 *   <li>the development sets, with the model trained on every training label.
 * </ul>
 * The threshold of each reading is chosen by cross-validation on the training labels of the real
 * corpora, never on a development set. With {@code --write DIR}, writes both models and their
 * thresholds there (the text module's resources). Usage: {@code ./train.sh} in this module.
 */
public final class TrainStanceModel {
    private static final double L2 = Double.parseDouble(System.getProperty("stance.train.l2", "1.0"));
    private static final int FOLDS = 5;
    /** Experiments: cross-corpus figures at several thresholds, nothing else, nothing written. */
    private static final boolean QUICK = Boolean.getBoolean("stance.train.quick");

    private final Map<String, Featurised> cache = new HashMap<>();
    private final NewsAnalyzer candidates;
    private final NewsAnalyzer rules;

    private TrainStanceModel(ReferenceData referenceData) {
        this.candidates = new NewsAnalyzer(referenceData);
        this.rules = candidates;
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of("../shared");
        Path module = Path.of("stance-extractors/training");
        Path write = null;
        Path explain = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--shared" -> shared = Path.of(args[++i]);
                case "--module" -> module = Path.of(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                case "--explain" -> explain = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        TrainingSets sets = new TrainingSets(shared, module);
        TrainStanceModel trainer =
                new TrainStanceModel(ReferenceDataFile.bundled().data());
        trainer.run(sets, write, explain);
    }

    private void run(TrainingSets sets, Path write, Path explain) throws IOException {
        List<Featurised> guardian = featurise(sets.labelled(TrainingSets.Corpus.GUARDIAN));
        List<Featurised> fakes = featurise(sets.labelled(TrainingSets.Corpus.FAKES));
        List<Featurised> written = featurise(sets.written());
        List<Featurised> guardianDev = featurise(sets.gold(TrainingSets.Corpus.GUARDIAN));
        List<Featurised> fakesDev = featurise(sets.gold(TrainingSets.Corpus.FAKES));
        Predicate<Featurised> train = f -> f.labelled().split().equals("train");
        List<Featurised> guardianTrain = guardian.stream().filter(train).toList();
        List<Featurised> fakesTrain = fakes.stream().filter(train).toList();
        List<Featurised> finals = concat(
                guardian.stream().filter(train.negate()).toList(),
                fakes.stream().filter(train.negate()).toList());
        System.out.printf(
                Locale.ROOT,
                "training labels: guardian %d, fakes %d articles (%d kept aside); written %d items%n",
                guardianTrain.size(),
                fakesTrain.size(),
                finals.size(),
                written.size());

        System.out.println("\n== rules alone");
        System.out.println("guardian-dev  " + scoreRules(guardianDev));
        System.out.println("fakes-dev     " + scoreRules(fakesDev));
        System.out.println("kept-aside    " + scoreRules(finals));

        Map<Reading, Double> thresholds = new LinkedHashMap<>();
        Map<Reading, MaxentModel> models = new LinkedHashMap<>();
        for (Reading reading : List.of(Reading.LEARNED, Reading.COMBINED)) {
            boolean withRules = reading == Reading.COMBINED;
            System.out.println("\n== " + reading.name().toLowerCase(Locale.ROOT));
            List<Featurised> real = concat(guardianTrain, fakesTrain);
            MaxentModel withoutFakes = train(concat(guardianTrain, written), withRules);
            MaxentModel withoutGuardian = train(concat(fakesTrain, written), withRules);
            if (QUICK) {
                MaxentModel everything = train(concat(guardianTrain, fakesTrain, written), withRules);
                for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
                    System.out.printf(
                            Locale.ROOT,
                            "  all, at %.1f: fakes-dev %s | guardian-dev %s | kept-aside %s%n",
                            t,
                            score(fakesDev, everything, withRules, t),
                            score(guardianDev, everything, withRules, t),
                            score(finals, everything, withRules, t));
                }
                for (double t : new double[] {0.5, 0.6, 0.7, 0.8, 0.9}) {
                    System.out.printf(
                            Locale.ROOT,
                            "  rules+all at %.1f: fakes-dev %s | guardian-dev %s | kept-aside %s%n",
                            t,
                            scoreUnion(fakesDev, everything, withRules, t),
                            scoreUnion(guardianDev, everything, withRules, t),
                            scoreUnion(finals, everything, withRules, t));
                    System.out.printf(
                            Locale.ROOT,
                            "  rules+cross at %.1f: fakes-dev %s | guardian-dev %s%n",
                            t,
                            scoreUnion(fakesDev, withoutFakes, withRules, t),
                            scoreUnion(guardianDev, withoutGuardian, withRules, t));
                }
                for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
                    System.out.printf(
                            Locale.ROOT,
                            "  at %.1f: fakes-dev %s | guardian-dev %s%n",
                            t,
                            score(fakesDev, withoutFakes, withRules, t),
                            score(guardianDev, withoutGuardian, withRules, t));
                }
                if (explain != null) {
                    Files.createDirectories(explain);
                    String name = reading.name().toLowerCase(Locale.ROOT);
                    Errors.write(explain.resolve(name + "-fakes-dev.txt"), fakesDev, withoutFakes, withRules, 0.5);
                    Errors.write(
                            explain.resolve(name + "-guardian-dev.txt"), guardianDev, withoutGuardian, withRules, 0.5);
                    Errors.write(explain.resolve(name + "-all-fakes-dev.txt"), fakesDev, everything, withRules, 0.5);
                    Errors.write(
                            explain.resolve(name + "-all-guardian-dev.txt"), guardianDev, everything, withRules, 0.5);
                    Errors.write(explain.resolve(name + "-all-kept-aside.txt"), finals, everything, withRules, 0.5);
                }
                continue;
            }
            double threshold = crossValidatedThreshold(real, written, withRules);
            thresholds.put(reading, threshold);
            System.out.println("cross-corpus: trained without FA-KES labels, on fakes-dev     "
                    + score(fakesDev, withoutFakes, withRules, threshold));
            System.out.println("cross-corpus: trained without Guardian labels, on guardian-dev "
                    + score(guardianDev, withoutGuardian, withRules, threshold));
            MaxentModel all = train(concat(real, written), withRules);
            models.put(reading, all);
            System.out.println("kept-aside labels   " + score(finals, all, withRules, threshold));
            System.out.println("guardian-dev        " + score(guardianDev, all, withRules, threshold));
            System.out.println("fakes-dev           " + score(fakesDev, all, withRules, threshold));
            if (explain != null) {
                // What went wrong, to read: it quotes the corpora, so it stays outside the project.
                Files.createDirectories(explain);
                String name = reading.name().toLowerCase(Locale.ROOT);
                Errors.write(explain.resolve(name + "-fakes-dev.txt"), fakesDev, withoutFakes, withRules, threshold);
                Errors.write(
                        explain.resolve(name + "-guardian-dev.txt"),
                        guardianDev,
                        withoutGuardian,
                        withRules,
                        threshold);
            }
        }
        if (write != null) {
            Files.createDirectories(write);
            StringBuilder settings = new StringBuilder(
                    "# Written by stance-extractors/training (./train.sh): the threshold each reading's model was tuned to\n");
            for (Map.Entry<Reading, MaxentModel> entry : models.entrySet()) {
                try (OutputStream out = new GZIPOutputStream(
                                Files.newOutputStream(write.resolve(StanceModel.resource(entry.getKey()))));
                        DataOutputStream data = new DataOutputStream(out)) {
                    new BinaryQNModelWriter((AbstractModel) entry.getValue(), data).persist();
                }
                settings.append(entry.getKey().name().toLowerCase(Locale.ROOT))
                        .append(".threshold=")
                        .append(String.format(Locale.ROOT, "%.2f", thresholds.get(entry.getKey())))
                        .append('\n');
            }
            Files.writeString(write.resolve(StanceModel.SETTINGS), settings);
            System.out.println("\nwrote the models and " + StanceModel.SETTINGS + " to " + write);
        }
    }

    private List<Featurised> featurise(List<LabelledArticle> articles) {
        List<Featurised> featurised = new ArrayList<>();
        for (LabelledArticle article : articles) {
            featurised.add(cache.computeIfAbsent(
                    article.set() + "/" + article.id(),
                    k -> new Featurised(
                            article,
                            candidates.candidates(article.article()),
                            Featurised.ruleTuples(rules.analyze(article.article())))));
        }
        return featurised;
    }

    private static MaxentModel train(List<Featurised> articles, boolean withRules) {
        List<Event> events = new ArrayList<>();
        for (Featurised article : articles) {
            events.addAll(article.events(withRules));
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 300);
        parameters.put(QNTrainer.L2COST_PARAM, L2);
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        parameters.put(TrainingParameters.THREADS_PARAM, 2);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tuples a model finds in an article: each candidate judged, kept at the threshold. */
    private static Map<String, List<LocalDate>> predict(
            Featurised article, MaxentModel model, boolean withRules, double threshold) {
        Map<String, List<LocalDate>> tuples = new HashMap<>();
        int support = model.getIndex(StanceModel.SUPPORT);
        int oppose = model.getIndex(StanceModel.OPPOSE);
        for (CandidateView candidate : article.candidates()) {
            double[] p = model.eval(Featurised.context(candidate, withRules));
            boolean supports = p[support] >= p[oppose];
            double confidence = Math.max(p[support], p[oppose]);
            if (confidence < threshold) {
                continue;
            }
            String tuple = candidate.actor() + "|" + candidate.position() + "|" + (supports ? "support" : "oppose");
            List<LocalDate> days = tuples.computeIfAbsent(tuple, k -> new ArrayList<>());
            candidate.date().date().ifPresent(days::add);
        }
        return tuples;
    }

    private static Scores score(List<Featurised> articles, MaxentModel model, boolean withRules, double threshold) {
        Scores scores = new Scores();
        for (Featurised article : articles) {
            scores.add(article.labelled(), predict(article, model, withRules, threshold));
        }
        return scores;
    }

    /** The rules' stances, and the model's where it is at least as sure as the threshold. */
    private static Scores scoreUnion(
            List<Featurised> articles, MaxentModel model, boolean withRules, double threshold) {
        Scores scores = new Scores();
        for (Featurised article : articles) {
            Map<String, List<LocalDate>> tuples = new HashMap<>(predict(article, model, withRules, threshold));
            article.rules()
                    .forEach((k, v) -> tuples.merge(k, v, (a, b) -> {
                        List<LocalDate> both = new ArrayList<>(a);
                        both.addAll(b);
                        return both;
                    }));
            scores.add(article.labelled(), tuples);
        }
        return scores;
    }

    private static Scores scoreRules(List<Featurised> articles) {
        Scores scores = new Scores();
        for (Featurised article : articles) {
            scores.add(article.labelled(), article.rules());
        }
        return scores;
    }

    /**
     * The threshold that gives the best F1 on the real training labels, each fold judged by a model
     * trained on the other folds and the written items; printed with the figures at each threshold.
     */
    private static double crossValidatedThreshold(List<Featurised> real, List<Featurised> written, boolean withRules) {
        double[] thresholds = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8};
        Scores[] scores = new Scores[thresholds.length];
        for (int t = 0; t < thresholds.length; t++) {
            scores[t] = new Scores();
        }
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Featurised> training = new ArrayList<>(written);
            List<Featurised> held = new ArrayList<>();
            for (int i = 0; i < real.size(); i++) {
                (i % FOLDS == fold ? held : training).add(real.get(i));
            }
            MaxentModel model = train(training, withRules);
            for (Featurised article : held) {
                for (int t = 0; t < thresholds.length; t++) {
                    scores[t].add(article.labelled(), predict(article, model, withRules, thresholds[t]));
                }
            }
        }
        int best = 0;
        for (int t = 0; t < thresholds.length; t++) {
            System.out.printf(Locale.ROOT, "  cv threshold %.2f: %s%n", thresholds[t], scores[t]);
            if (scores[t].f1() > scores[best].f1()) {
                best = t;
            }
        }
        System.out.printf(Locale.ROOT, "threshold %.2f (cross-validated on the training labels)%n", thresholds[best]);
        return thresholds[best];
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<T> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
