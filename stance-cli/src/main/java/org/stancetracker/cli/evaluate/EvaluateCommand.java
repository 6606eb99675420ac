package org.stancetracker.cli.evaluate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.stancetracker.cli.ExitCode;
import org.stancetracker.cli.Workspace;
import org.stancetracker.core.evaluation.Evaluation;
import org.stancetracker.core.evaluation.Judged;
import org.stancetracker.core.evaluation.Scorer;
import org.stancetracker.core.evaluation.StanceKey;
import org.stancetracker.db.DatabaseUnavailableException;
import org.stancetracker.db.gold.GoldFile;
import org.stancetracker.db.store.FindingReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stance evaluate --gold FILE}: scores the stored stances of the gold file's articles. */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Scores the stored stances of the articles a gold file names against it: precision, recall and F1 "
                + "on (article, actor, position, polarity), and date accuracy, overall and per extractor; then lists the "
                + "misses, the false stances and the wrong dates with their evidence. Load the articles first.",
        footer = {"", "Examples:", "  stance load db/samples/idlib-2018-seeds",
                "  stance evaluate --gold db/samples/gold/idlib-2018-seeds.json"})
public final class EvaluateCommand implements Callable<Integer> {
    /** The actors the gold README scores. */
    static final String DEFAULT_ACTORS = "TUR,RUS,IRN,SYR,USA,GBR,FRA,ISR,UN,EU";

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold file (JSON, as db/samples/gold/README.md describes).")
    Path gold;

    @Option(names = "--actors", defaultValue = DEFAULT_ACTORS, split = ",",
            description = "The actors the gold set scores; stances of others are ignored (default: ${DEFAULT-VALUE}).")
    List<String> actors;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        GoldFile goldFile = GoldFile.read(gold);
        List<String> ids = goldFile.articles().stream().map(GoldFile.GoldArticle::id).toList();
        List<FindingReader.StoredFinding> findings;
        try (Workspace workspace = Workspace.open()) {
            FindingReader reader = new FindingReader(workspace.database().dataSource());
            List<String> stored = reader.stored(ids);
            for (String id : ids) {
                if (!stored.contains(id)) {
                    spec.commandLine().getErr().println("warning: gold article " + id + " is not loaded; its stances count as misses");
                }
            }
            findings = reader.findings(goldFile.topic(), ids);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("reading stances failed: " + e.getMessage(), e);
        }
        Scorer scorer = new Scorer(Set.copyOf(actors));
        Evaluation overall = scorer.score(goldFile.stances(), judged(findings, Optional.empty()));
        out.printf("gold: %s (%d articles, %d stances)%n", gold, ids.size(), goldFile.stances().size());
        out.printf("%-12s %s%n", "overall", overall.summary());
        Set<String> extractors = new TreeSet<>();
        findings.forEach(f -> extractors.add(f.extractor()));
        for (String extractor : extractors) {
            out.printf("%-12s %s%n", extractor, scorer.score(goldFile.stances(), judged(findings, Optional.of(extractor))).summary());
        }
        out.printf("%nmisses (%d):%n", overall.misses().size());
        overall.misses().forEach(m -> out.println("  " + m.key() + "  | " + m.evidence()));
        out.printf("false stances (%d):%n", overall.falseStances().size());
        overall.falseStances().forEach(f -> out.println("  " + f.key() + "  [" + f.extractor().orElse("") + "] | " + f.evidence()));
        out.printf("wrong dates (%d):%n", overall.wrongDates().size());
        overall.wrongDates().forEach(w -> out.println("  " + w[0].key() + "  gold " + w[0].date().map(Object::toString).orElse("null")
                + ", stored " + w[1].date().map(Object::toString).orElse("null") + " | " + w[1].evidence()));
        out.flush();
        return ExitCode.OK;
    }

    private static List<Judged> judged(List<FindingReader.StoredFinding> findings, Optional<String> extractor) {
        List<Judged> judged = new ArrayList<>();
        for (FindingReader.StoredFinding f : findings) {
            if (extractor.isEmpty() || extractor.get().equals(f.extractor())) {
                judged.add(new Judged(new StanceKey(f.article(), f.actor(), f.position(), f.polarity()), f.date(), f.evidence(),
                        Optional.of(f.extractor())));
            }
        }
        return judged;
    }
}
