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
import org.stancetracker.cli.ReferenceChecks;
import org.stancetracker.cli.UsageException;
import org.stancetracker.cli.Workspace;
import org.stancetracker.core.evaluation.Evaluation;
import org.stancetracker.core.evaluation.Judged;
import org.stancetracker.core.evaluation.Scorer;
import org.stancetracker.core.evaluation.StanceKey;
import org.stancetracker.db.DatabaseUnavailableException;
import org.stancetracker.db.gold.GoldFile;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.store.FindingReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stance evaluate --gold FILE[,FILE...]}: scores the stored stances of the gold files' articles,
 * each file apart and all together.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description =
                "Scores the stored stances of the articles gold files name against them: precision, recall and F1 "
                        + "on (article, actor, position, polarity), and date accuracy, overall, per extractor, per position and "
                        + "per actor; then lists the misses, the false stances and the wrong dates with their evidence, grouped by "
                        + "position. Every article of the gold file counts: a stance on an article with no gold stance is a false "
                        + "stance. With several gold files (--gold A,B or --gold A --gold B), each is scored on its own, then "
                        + "all together, as one set: the figure across corpora. Load the articles first.",
        footer = {
            "",
            "Examples:",
            "  stance load db/samples/idlib-2018-seeds",
            "  stance evaluate --gold db/samples/gold/idlib-2018-seeds.json",
            "  stance load --source guardian \\",
            "      ../shared/corpus/guardian-syria-2017-2019/articles.csv",
            "  stance evaluate --source guardian --gold \\",
            "      ../shared/gold/guardian-syria-dev.json",
            "  stance evaluate --gold ../shared/gold/guardian-syria-dev.json \\",
            "      --gold ../shared/gold/fakes-syria-dev.json"
        })
public final class EvaluateCommand implements Callable<Integer> {
    /** The actors the gold README scores. */
    static final String DEFAULT_ACTORS = "TUR,RUS,IRN,SYR,USA,GBR,FRA,ISR,UN,EU";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--gold",
            required = true,
            split = ",",
            paramLabel = "FILE",
            description =
                    "A gold file (JSON, as db/samples/gold/README.md describes); several, comma-separated or repeated, are scored each and together.")
    List<Path> golds;

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
    public Integer call() {
        // The actors, and every gold file, read with their articles checked apart, before the database starts.
        ReferenceDataFile reference = ReferenceDataFile.bundled();
        actors.forEach(actor -> ReferenceChecks.actor(reference.data(), "--actors", actor));
        List<GoldFile> goldFiles = new ArrayList<>();
        Map<String, Path> owner = new java.util.HashMap<>();
        for (Path gold : golds) {
            GoldFile goldFile = read(gold);
            for (String id : goldFile.articleIds()) {
                Path other = owner.putIfAbsent(id, gold);
                if (other != null && !other.equals(gold)) {
                    throw new UsageException(
                            "gold article " + id + " is in both " + other + " and " + gold + "; ids must not collide");
                }
            }
            goldFiles.add(goldFile);
        }
        List<String> ids = new ArrayList<>();
        List<Judged> goldStances = new ArrayList<>();
        Set<String> topics = new TreeSet<>();
        for (GoldFile goldFile : goldFiles) {
            ids.addAll(goldFile.articleIds());
            goldStances.addAll(goldFile.stances());
            topics.add(goldFile.topic());
        }
        PrintWriter out = spec.commandLine().getOut();
        List<FindingReader.StoredFinding> findings = new ArrayList<>();
        try (Workspace workspace = Workspace.open(reference)) {
            FindingReader reader = new FindingReader(workspace.database().dataSource());
            List<String> stored = reader.stored(ids, source);
            for (String id : ids) {
                if (!stored.contains(id)) {
                    spec.commandLine()
                            .getErr()
                            .println("warning: gold article " + id + " is not loaded; its stances count as misses");
                }
            }
            for (String topic : topics) {
                findings.addAll(reader.findings(topic, ids, source));
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("reading stances failed: " + e.getMessage(), e);
        }
        Scorer scorer = new Scorer(Set.copyOf(actors));
        if (goldFiles.size() > 1) {
            for (int i = 0; i < goldFiles.size(); i++) {
                GoldFile goldFile = goldFiles.get(i);
                Set<String> these = Set.copyOf(goldFile.articleIds());
                List<Judged> predicted = judged(findings, Optional.empty()).stream()
                        .filter(j -> these.contains(j.key().article()))
                        .toList();
                out.printf("gold: %s (%s)%n", golds.get(i), describe(goldFile.articles()));
                out.printf(
                        "%-12s %s%n",
                        "file",
                        scorer.score(goldFile.articleIds(), goldFile.stances(), predicted)
                                .summary());
            }
            out.printf("gold: all %d files together (%s)%n", goldFiles.size(), describe(allArticles(goldFiles)));
        } else {
            out.printf(
                    "gold: %s (%s)%n", golds.get(0), describe(goldFiles.get(0).articles()));
        }
        Evaluation overall = scorer.score(ids, goldStances, judged(findings, Optional.empty()));
        out.printf("%-12s %s%n", "overall", overall.summary());
        Set<String> extractors = new TreeSet<>();
        findings.forEach(f -> extractors.add(f.extractor()));
        for (String extractor : extractors) {
            out.printf(
                    "%-12s %s%n",
                    extractor,
                    scorer.score(ids, goldStances, judged(findings, Optional.of(extractor)))
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

    /** A gold file, or one line that says why it cannot be read: a usage error, before anything starts. */
    private static GoldFile read(Path gold) {
        if (!java.nio.file.Files.isRegularFile(gold)) {
            throw new UsageException("--gold " + gold + ": no such file");
        }
        try {
            GoldFile goldFile = GoldFile.read(gold);
            if (goldFile.articles().isEmpty()) {
                throw new UsageException("--gold " + gold + ": no articles in it");
            }
            return goldFile;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UsageException usage) {
                throw usage;
            }
            String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new UsageException("--gold " + gold + ": not a gold file: " + reason);
        }
    }

    private static List<GoldFile.GoldArticle> allArticles(List<GoldFile> goldFiles) {
        return goldFiles.stream().flatMap(g -> g.articles().stream()).toList();
    }

    private static String describe(List<GoldFile.GoldArticle> articles) {
        long withStances = articles.stream().filter(a -> !a.stances().isEmpty()).count();
        long stances = articles.stream().mapToLong(a -> a.stances().size()).sum();
        return String.format("%d articles, %d of them with stances; %d stances", articles.size(), withStances, stances);
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
