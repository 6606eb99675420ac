package org.stancetracker.training;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import org.stancetracker.extractors.text.CandidateView;
import org.stancetracker.extractors.text.Reading;
import org.stancetracker.extractors.text.StanceModel;

/** A report of a model's misses and false stances on a labelled set, each with its sentences and judgements. */
final class Errors {
    private Errors() {}

    static void write(Path file, List<Featurised> articles, MaxentModel model, Reading reading, double threshold)
            throws IOException {
        int support = model.getIndex(StanceModel.SUPPORT);
        int oppose = model.getIndex(StanceModel.OPPOSE);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (Featurised article : articles) {
                String text = article.labelled().article().text();
                Set<String> gold = new HashSet<>();
                article.labelled().stances().forEach(s -> gold.add(s.tuple()));
                Set<String> predicted = new HashSet<>(TrainStanceModel.predict(article, model, reading, threshold)
                        .keySet());
                List<String> lines = new ArrayList<>();
                for (CandidateView c : article.candidates()) {
                    double[] p = model.eval(Featurised.context(c));
                    boolean supports = p[support] >= p[oppose];
                    double confidence = Math.max(p[support], p[oppose]);
                    String tuple = c.actor() + "|" + c.position() + "|" + (supports ? "support" : "oppose");
                    boolean kept = confidence >= threshold;
                    String state = kept ? (gold.contains(tuple) ? "TP" : "FP") : "  ";
                    lines.add(String.format(
                            Locale.ROOT,
                            "  %s %s %.2f  %s%n      %s",
                            state,
                            tuple,
                            confidence,
                            text.substring(c.start(), Math.min(c.end(), c.start() + 400))
                                    .replace('\n', ' '),
                            c.features().stream()
                                    .filter(f -> !f.startsWith("w="))
                                    .toList()));
                }
                Set<String> missed = new HashSet<>(gold);
                missed.removeAll(predicted);
                Set<String> wrong = new HashSet<>(predicted);
                wrong.removeAll(gold);
                wrong.removeIf(t -> !Scores.GOLD_ACTORS.contains(t.substring(0, t.indexOf('|'))));
                if (missed.isEmpty() && wrong.isEmpty()) {
                    continue;
                }
                out.printf("== %s missed %s false %s%n", article.labelled().id(), missed, wrong);
                for (LabelledArticle.Stance s : article.labelled().stances()) {
                    if (missed.contains(s.tuple())) {
                        out.printf(
                                "  gold %s %s%n",
                                s.tuple(), s.date().map(Object::toString).orElse("-"));
                    }
                }
                lines.forEach(out::println);
            }
        }
    }
}
