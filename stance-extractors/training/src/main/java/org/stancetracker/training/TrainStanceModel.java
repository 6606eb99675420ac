package org.stancetracker.training;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * Trains the stance model and measures it against the rules, so that what is kept is kept on
 * evidence. Reads the labels and written items of this module, the shared corpora, and the written
 * test set {@code db/samples/idlib-outlets}; prints, for the rules alone ({@link Reading#RULES}), the
 * model alone ({@link Reading#LEARNED}) and the rules with the model's additions
 * ({@link Reading#COMBINED}):
 * <ul>
 *   <li>the threshold of each reading, chosen by cross-validation on the training labels of the real
 *       corpora (never on a development set): the best F1 with precision at least
 *       {@link #MIN_PRECISION};
 *   <li>cross-corpus figures: trained without a corpus's labels, measured on that corpus's gold
 *       development set (how it does on an outlet's news it never saw);
 *   <li>the labels kept aside ({@code final}), the development sets and the written test set, with
 *       the model trained on every training label.
 * </ul>
 * With {@code --write DIR}, writes the model and its thresholds there (the text module's resources).
 * With {@code --explain DIR}, writes each miss and false stance, with the sentences judged, there:
 * those reports quote the corpora, so they stay outside the project. Usage: {@code ./train.sh}.
 */
public final class TrainStanceModel {
    private static final double L2 = Double.parseDouble(System.getProperty("stance.train.l2", "1.0"));
    private static final int FOLDS = 5;
    /** The least cross-validated precision a threshold must give: an analyst trusts a chart whose stances hold. */
    private static final double MIN_PRECISION = 0.70;

    private static final double[] THRESHOLDS = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9};

    private final Map<String, Featurised> cache = new HashMap<>();
    private final NewsAnalyzer analyzer =
            new NewsAnalyzer(ReferenceDataFile.bundled().data());

    public static void main(String[] args) throws IOException {
        Path shared = Path.of("../shared");
        Path module = Path.of("stance-extractors/training");
        Path samples = Path.of("db/samples");
        Path write = null;
        Path explain = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--shared" -> shared = Path.of(args[++i]);
                case "--module" -> module = Path.of(args[++i]);
                case "--samples" -> samples = Path.of(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                case "--explain" -> explain = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        new TrainStanceModel().run(new TrainingSets(shared, module), samples, write, explain);
    }

    private void run(TrainingSets sets, Path samples, Path write, Path explain) throws IOException {
        List<Featurised> guardian = featurise(sets.labelled(TrainingSets.Corpus.GUARDIAN));
        List<Featurised> fakes = featurise(sets.labelled(TrainingSets.Corpus.FAKES));
        List<Featurised> written = featurise(sets.written());
        Map<String, List<Featurised>> measured = new java.util.LinkedHashMap<>();
        measured.put("guardian-dev", featurise(sets.gold(TrainingSets.Corpus.GUARDIAN)));
        measured.put("fakes-dev", featurise(sets.gold(TrainingSets.Corpus.FAKES)));
        Predicate<Featurised> train = f -> f.labelled().split().equals("train");
        List<Featurised> guardianTrain = guardian.stream().filter(train).toList();
        List<Featurised> fakesTrain = fakes.stream().filter(train).toList();
        measured.put(
                "kept-aside",
                concat(
                        guardian.stream().filter(train.negate()).toList(),
                        fakes.stream().filter(train.negate()).toList()));
        measured.put("idlib-outlets", featurise(sets.samples(samples, "idlib-outlets")));
        System.out.printf(
                Locale.ROOT,
                "training labels: guardian %d, fakes %d articles (%d kept aside); written %d items%n",
                guardianTrain.size(),
                fakesTrain.size(),
                measured.get("kept-aside").size(),
                written.size());
        if (System.getProperty("stance.train.dump") != null) {
            dump(Path.of(System.getProperty("stance.train.dump")), concat(guardianTrain, fakesTrain, written));
        }

        List<Featurised> real = concat(guardianTrain, fakesTrain);
        Map<Reading, Double> thresholds = crossValidatedThresholds(real, written);
        MaxentModel withoutFakes = train(concat(guardianTrain, written));
        MaxentModel withoutGuardian = train(concat(fakesTrain, written));
        MaxentModel all = train(concat(real, written));
        for (Reading reading : Reading.values()) {
            double threshold = thresholds.getOrDefault(reading, 0.0);
            System.out.printf(
                    Locale.ROOT,
                    "%n== %s%s%n",
                    reading.name().toLowerCase(Locale.ROOT),
                    reading == Reading.RULES ? "" : String.format(Locale.ROOT, " (threshold %.2f)", threshold));
            if (reading != Reading.RULES) {
                System.out.printf(
                        "cross-corpus, trained without FA-KES labels: fakes-dev     %s%n",
                        score(measured.get("fakes-dev"), withoutFakes, reading, threshold));
                System.out.printf(
                        "cross-corpus, trained without Guardian labels: guardian-dev %s%n",
                        score(measured.get("guardian-dev"), withoutGuardian, reading, threshold));
            }
            for (Map.Entry<String, List<Featurised>> set : measured.entrySet()) {
                System.out.printf(
                        Locale.ROOT, "%-14s %s%n", set.getKey(), score(set.getValue(), all, reading, threshold));
            }
            if (QUICK && reading != Reading.RULES) {
                for (double t : THRESHOLDS) {
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  at %.2f:", t));
                    for (Map.Entry<String, List<Featurised>> set : measured.entrySet()) {
                        line.append(' ')
                                .append(set.getKey())
                                .append(' ')
                                .append(score(set.getValue(), all, reading, t).brief())
                                .append(';');
                    }
                    System.out.println(line);
                }
            }
            if (explain != null && reading != Reading.RULES) {
                Files.createDirectories(explain);
                String name = reading.name().toLowerCase(Locale.ROOT);
                for (Map.Entry<String, List<Featurised>> set : measured.entrySet()) {
                    Errors.write(
                            explain.resolve(name + "-" + set.getKey() + ".txt"),
                            set.getValue(),
                            all,
                            reading,
                            threshold);
                }
            }
        }
        if (write != null) {
            Files.createDirectories(write);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(write.resolve(StanceModel.RESOURCE)));
                    DataOutputStream data = new DataOutputStream(out)) {
                new BinaryQNModelWriter((AbstractModel) all, data).persist();
            }
            StringBuilder settings = new StringBuilder(
                    "# Written by stance-extractors/training/train.sh: the thresholds cross-validated on the training labels\n");
            for (Reading reading : List.of(Reading.LEARNED, Reading.COMBINED)) {
                settings.append(reading.name().toLowerCase(Locale.ROOT))
                        .append(".threshold=")
                        .append(String.format(Locale.ROOT, "%.2f", thresholds.get(reading)))
                        .append('\n');
            }
            Files.writeString(write.resolve(StanceModel.SETTINGS), settings);
            System.out.println("\nwrote " + StanceModel.RESOURCE + " and " + StanceModel.SETTINGS + " to " + write);
        }
    }

    /** Experiments: every threshold's figures on every measured set. */
    private static final boolean QUICK = Boolean.getBoolean("stance.train.quick");

    private List<Featurised> featurise(List<LabelledArticle> articles) {
        List<Featurised> featurised = new ArrayList<>();
        for (LabelledArticle article : articles) {
            featurised.add(cache.computeIfAbsent(article.set() + "/" + article.id(), k -> {
                List<CandidateView> candidates = analyzer.candidates(article.article());
                List<org.stancetracker.extractors.text.Claim> claims = analyzer.analyze(article.article());
                return new Featurised(
                        article,
                        candidates,
                        Featurised.ruleTuples(claims),
                        Featurised.ruledSentences(claims, candidates));
            }));
        }
        return featurised;
    }

    static MaxentModel train(List<Featurised> articles) {
        List<Event> events = new ArrayList<>();
        for (Featurised article : articles) {
            events.addAll(article.events());
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 300);
        parameters.put(QNTrainer.L2COST_PARAM, L2);
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stances a reading finds in an article, as tuples with their days: the rules' own, the
     * model's at the threshold, or both.
     */
    static Map<String, List<LocalDate>> predict(
            Featurised article, MaxentModel model, Reading reading, double threshold) {
        Map<String, java.util.TreeMap<Integer, java.util.Optional<LocalDate>>> tuples = new HashMap<>();
        if (reading != Reading.LEARNED) {
            article.rules().forEach((tuple, days) -> tuples.put(tuple, new java.util.TreeMap<>(days)));
        }
        if (reading == Reading.RULES) {
            return Featurised.stanceDays(tuples);
        }
        int support = model.getIndex(StanceModel.SUPPORT);
        int oppose = model.getIndex(StanceModel.OPPOSE);
        for (CandidateView candidate : article.candidates()) {
            if (reading == Reading.COMBINED && article.ruledOn(candidate)) {
                continue; // where the rules read a side, their reading stands
            }
            double[] p = model.eval(Featurised.context(candidate));
            boolean supports = p[support] >= p[oppose];
            if (Math.max(p[support], p[oppose]) < threshold) {
                continue;
            }
            String tuple = candidate.actor() + "|" + candidate.position() + "|" + (supports ? "support" : "oppose");
            tuples.computeIfAbsent(tuple, k -> new java.util.TreeMap<>())
                    .merge(candidate.start(), candidate.date().date(), (a, b) -> a.isPresent() ? a : b);
        }
        return Featurised.stanceDays(tuples);
    }

    private static Scores score(List<Featurised> articles, MaxentModel model, Reading reading, double threshold) {
        Scores scores = new Scores();
        for (Featurised article : articles) {
            scores.add(article.labelled(), predict(article, model, reading, threshold));
        }
        return scores;
    }

    /**
     * The threshold of each reading that uses the model: the best F1 on the real training labels with
     * precision at least {@link #MIN_PRECISION}, each fold judged by a model trained on the other
     * folds and the written items; printed with the figures at each threshold.
     */
    private static Map<Reading, Double> crossValidatedThresholds(List<Featurised> real, List<Featurised> written) {
        Map<Reading, Scores[]> scores = new java.util.EnumMap<>(Reading.class);
        for (Reading reading : List.of(Reading.LEARNED, Reading.COMBINED)) {
            Scores[] each = new Scores[THRESHOLDS.length];
            for (int t = 0; t < THRESHOLDS.length; t++) {
                each[t] = new Scores();
            }
            scores.put(reading, each);
        }
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Featurised> training = new ArrayList<>(written);
            List<Featurised> held = new ArrayList<>();
            for (int i = 0; i < real.size(); i++) {
                (i % FOLDS == fold ? held : training).add(real.get(i));
            }
            MaxentModel model = train(training);
            for (Featurised article : held) {
                for (Map.Entry<Reading, Scores[]> entry : scores.entrySet()) {
                    for (int t = 0; t < THRESHOLDS.length; t++) {
                        entry.getValue()[t].add(
                                article.labelled(), predict(article, model, entry.getKey(), THRESHOLDS[t]));
                    }
                }
            }
        }
        Map<Reading, Double> chosen = new java.util.EnumMap<>(Reading.class);
        for (Map.Entry<Reading, Scores[]> entry : scores.entrySet()) {
            Scores[] each = entry.getValue();
            int best = -1;
            System.out.printf(
                    "cross-validation on the training labels, %s:%n",
                    entry.getKey().name().toLowerCase(Locale.ROOT));
            for (int t = 0; t < THRESHOLDS.length; t++) {
                System.out.printf(Locale.ROOT, "  at %.2f: %s%n", THRESHOLDS[t], each[t]);
                if (each[t].precision() >= MIN_PRECISION && (best < 0 || each[t].f1() > each[best].f1())) {
                    best = t;
                }
            }
            chosen.put(entry.getKey(), THRESHOLDS[best < 0 ? THRESHOLDS.length - 1 : best]);
        }
        return chosen;
    }

    /** For reading the training data: outcome, set, article, sentence offsets, actor, position, features. */
    private static void dump(Path file, List<Featurised> articles) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (Featurised article : articles) {
                for (CandidateView c : article.candidates()) {
                    out.println(article.outcome(c).orElse("skipped") + "\t"
                            + article.labelled().set() + "\t"
                            + article.labelled().id() + "\t" + c.start() + "\t" + c.end() + "\t" + c.actor() + "\t"
                            + c.position() + "\t" + String.join(" ", c.features()));
                }
            }
        }
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
