package org.stancetracker.cli.evaluate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description =
                "Scores the stored stances of the articles a gold file names against it: precision, recall and F1 "
                        + "on (article, actor, position, polarity), and date accuracy, overall, per extractor, per position and "
                        + "per actor; then lists the misses, the false stances and the wrong dates with their evidence, grouped by "
                        + "position. Every article of the gold file counts: a stance on an article with no gold stance is a false "
                        + "stance. Load the articles first.",
        footer = {
            "",
            "Examples:",
            "  stance load db/samples/idlib-2018-seeds",
            "  stance evaluate --gold db/samples/gold/idlib-2018-seeds.json",
            "  stance load --source guardian \\",
            "      ../shared/corpus/guardian-syria-2017-2019/articles.csv",
            "  stance evaluate --source guardian --gold \\",
            "      ../shared/gold/guardian-syria-dev.json"
        })
public final class EvaluateCommand implements Callable<Integer> {
    /** The actors the gold README scores. */
    static final String DEFAULT_ACTORS = "TUR,RUS,IRN,SYR,USA,GBR,FRA,ISR,UN,EU";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--gold",
            required = true,
            paramLabel = "FILE",
            description = "The gold file (JSON, as db/samples/gold/README.md describes).")
    Path gold;

    @Option(
            names = "--actors",
            defaultValue = DEFAULT_ACTORS,
            split = ",",
            description = "The actors the gold set scores; stances of others are ignored (default: ${DEFAULT-VALUE}).")
    List<String> actors;

    @Option(
            names = "--source",
            paramLabel = "SOURCE",
            description =
                    "Score only stored articles of this source (its CSV or JSON field, or load --source; any case), where the same id is stored under several sources.")
    Optional<String> source;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        GoldFile goldFile = GoldFile.read(gold);
        List<String> ids = goldFile.articleIds();
        List<FindingReader.StoredFinding> findings;
        try (Workspace workspace = Workspace.open()) {
            FindingReader reader = new FindingReader(workspace.database().dataSource());
            List<String> stored = reader.stored(ids, source);
            for (String id : ids) {
                if (!stored.contains(id)) {
                    spec.commandLine()
                            .getErr()
                            .println("warning: gold article " + id + " is not loaded; its stances count as misses");
                }
            }
            findings = reader.findings(goldFile.topic(), ids, source);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("reading stances failed: " + e.getMessage(), e);
        }
        Scorer scorer = new Scorer(Set.copyOf(actors));
        Evaluation overall = scorer.score(ids, goldFile.stances(), judged(findings, Optional.empty()));
        long withStances =
                goldFile.articles().stream().filter(a -> !a.stances().isEmpty()).count();
        out.printf(
                "gold: %s (%d articles, %d of them with stances; %d stances)%n",
                gold, ids.size(), withStances, goldFile.stances().size());
        out.printf("%-12s %s%n", "overall", overall.summary());
        Set<String> extractors = new TreeSet<>();
        findings.forEach(f -> extractors.add(f.extractor()));
        for (String extractor : extractors) {
            out.printf(
                    "%-12s %s%n",
                    extractor,
                    scorer.score(ids, goldFile.stances(), judged(findings, Optional.of(extractor)))
                            .summary());
        }
        out.printf("%nper position:%n");
        overall.by(StanceKey::position)
                .forEach((position, tally) -> out.printf("  %-26s %s%n", position, tally.summary()));
        out.printf("per actor:%n");
        overall.by(StanceKey::actor).forEach((actor, tally) -> out.printf("  %-26s %s%n", actor, tally.summary()));
        out.printf("%nmisses (%d):%n", overall.misses().size());
        byPosition(overall.misses()).forEach((position, misses) -> {
            out.printf("  %s (%d)%n", position, misses.size());
            misses.forEach(m -> out.println("    " + m.key() + "  | " + m.evidence()));
        });
        out.printf("false stances (%d):%n", overall.falseStances().size());
        byPosition(overall.falseStances()).forEach((position, falseStances) -> {
            out.printf("  %s (%d)%n", position, falseStances.size());
            falseStances.forEach(
                    f -> out.println("    " + f.key() + "  [" + f.extractor().orElse("") + "] | " + f.evidence()));
        });
        out.printf("wrong dates (%d):%n", overall.wrongDates().size());
        overall.wrongDates()
                .forEach(w -> out.println("  " + w[0].key() + "  gold "
                        + w[0].date().map(Object::toString).orElse("null") + ", stored "
                        + w[1].date().map(Object::toString).orElse("null") + " | " + w[1].evidence()));
        out.flush();
        return ExitCode.OK;
    }

    private static Map<String, List<Judged>> byPosition(List<Judged> stances) {
        Map<String, List<Judged>> grouped = new TreeMap<>();
        stances.forEach(s -> grouped.computeIfAbsent(s.key().position(), k -> new ArrayList<>())
                .add(s));
        return grouped;
    }

    private static List<Judged> judged(List<FindingReader.StoredFinding> findings, Optional<String> extractor) {
        List<Judged> judged = new ArrayList<>();
        for (FindingReader.StoredFinding f : findings) {
            if (extractor.isEmpty() || extractor.get().equals(f.extractor())) {
                judged.add(Judged.predicted(
                        new StanceKey(f.article(), f.actor(), f.position(), f.polarity()),
                        f.date(),
                        f.evidence(),
                        Optional.of(f.extractor())));
            }
        }
        return judged;
    }
}
