package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accuracy, measured the way a user measures it: load the sample corpus, then {@code stance evaluate}
 * its gold file. The floors are what the default extractors reach, so accuracy cannot silently fall.
 */
class EvaluateTest {
    private static final Path SAMPLES = Path.of(System.getProperty("stance.samples.dir"));
    private static final Pattern SCORES =
            Pattern.compile("precision ([0-9.]+) .*recall ([0-9.]+) .*F1 ([0-9.]+)\\s+date accuracy ([0-9.]+)");

    @TempDir
    Path home;

    @Test
    void the_default_extractors_meet_the_accuracy_floor_on_the_seed_gold() {
        CliRun run = loadAndEvaluate("idlib-2018-seeds");
        System.out.println(run.out());

        // The rules were written on these five articles (0.976 / 0.941 by the rules alone); the model's
        // additions cost precision here and win on text nobody here tuned on (docs/extraction.md).
        double[] overall = scores(run.out(), "overall");
        assertThat(overall[0]).as("precision").isGreaterThanOrEqualTo(0.85);
        assertThat(overall[1]).as("recall").isGreaterThanOrEqualTo(0.90);
        assertThat(overall[2]).as("F1").isGreaterThanOrEqualTo(0.88);
        assertThat(overall[3]).as("date accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(scores(run.out(), "statements")[2]).as("statements F1").isGreaterThanOrEqualTo(0.85);
        assertThat(scores(run.out(), "quotes")[0]).as("quotes precision").isGreaterThanOrEqualTo(0.85);
        assertThat(run.out())
                .contains("misses (")
                .contains("false stances (")
                .contains("wrong dates (")
                .contains("per position:")
                .contains("per actor:");
    }

    /**
     * Articles written for this project in the style of news reports from other outlets and dates.
     * They served as a development set while the rules were generalised, so the floor is lower than
     * what a set tuned on reaches, and the README reports a separate blind set.
     */
    @Test
    void the_default_extractors_meet_the_accuracy_floor_on_the_held_out_articles() {
        CliRun run = loadAndEvaluate("heldout-idlib");
        System.out.println(run.out());
        double[] overall = scores(run.out(), "overall");
        assertThat(overall[0]).as("precision").isGreaterThanOrEqualTo(0.92);
        assertThat(overall[2]).as("F1").isGreaterThanOrEqualTo(0.85);
        assertThat(overall[3]).as("date accuracy").isGreaterThanOrEqualTo(0.80);
    }

    /**
     * Sixty articles written for the project in the manner of fifty-two outlets (2017–2023), by writers
     * who saw neither the extractors nor the training sentences; never trained or tuned on.
     */
    @Test
    void the_default_extractors_meet_the_accuracy_floor_on_articles_in_the_manner_of_many_outlets() {
        CliRun run = loadAndEvaluate("idlib-outlets");
        double[] overall = scores(run.out(), "overall");
        assertThat(overall[0]).as("precision").isGreaterThanOrEqualTo(0.73);
        assertThat(overall[2]).as("F1").isGreaterThanOrEqualTo(0.70);
        assertThat(overall[3]).as("date accuracy").isGreaterThanOrEqualTo(0.60);
    }

    /**
     * Real news that nobody here wrote, in {@code ../shared} beside the project (CI has it): 75 Guardian
     * articles about Syria (2017–2019), 45 of them with no stance, and 100 FA-KES articles from fifteen
     * outlets (2011–2018), 61 with no stance, scored each and together by one {@code stance evaluate}.
     * The floors are what the default extractors reach (issue 19's targets are not yet met: see
     * docs/extraction.md); and {@code evaluate} must agree with the independent scorer
     * {@code ../shared/tools/score.py} on the same stored stances, on each set and on both.
     */
    @Test
    void the_default_extractors_meet_the_accuracy_floor_on_real_news_from_sixteen_outlets() throws Exception {
        Path shared =
                SAMPLES.toAbsolutePath().getParent().getParent().getParent().resolve("shared");
        Path guardian = shared.resolve("corpus/guardian-syria-2017-2019/articles.csv");
        Path fakes = shared.resolve("corpus/fakes-syria-2011-2018/articles.csv");
        Path guardianGold = shared.resolve("gold/guardian-syria-dev.json");
        Path fakesGold = shared.resolve("gold/fakes-syria-dev.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.Files.exists(guardian) && java.nio.file.Files.exists(fakes),
                "../shared with the development sets is not beside the project");
        assertThat(CliRun.run(home, "load", "--source", "guardian", guardian.toString())
                        .exitCode())
                .isEqualTo(ExitCode.OK);
        CliRun fakesLoad = CliRun.run(home, "load", "--source", "fakes", fakes.toString());
        assertThat(fakesLoad.exitCode()).as(fakesLoad.err()).isEqualTo(ExitCode.OK);
        // Every FA-KES row loads, those holding U+FFFD among them; four repeat another row's text and are
        // kept once.
        assertThat(fakesLoad.out()).contains("read 792, loaded 788, skipped 4 already present, rejected 0");
        CliRun run = CliRun.run(home, "evaluate", "--gold", guardianGold + "," + fakesGold);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        System.out.println(run.out());
        List<double[]> files = allScores(run.out(), "file");
        assertThat(files).hasSize(2);
        double[] guardianScores = files.get(0);
        double[] fakesScores = files.get(1);
        assertThat(guardianScores[0]).as("Guardian precision").isGreaterThanOrEqualTo(0.75);
        assertThat(guardianScores[2]).as("Guardian F1").isGreaterThanOrEqualTo(0.75);
        assertThat(guardianScores[3]).as("Guardian date accuracy").isGreaterThanOrEqualTo(0.55);
        assertThat(fakesScores[0]).as("FA-KES precision").isGreaterThanOrEqualTo(0.52);
        assertThat(fakesScores[2]).as("FA-KES F1").isGreaterThanOrEqualTo(0.52);
        assertThat(fakesScores[3]).as("FA-KES date accuracy").isGreaterThanOrEqualTo(0.78);
        double[] overall = scores(run.out(), "overall");
        assertThat(overall[2]).as("F1 on both").isGreaterThanOrEqualTo(0.64);

        Path scorer = shared.resolve("tools/score.py");
        if (java.nio.file.Files.exists(scorer) && python3()) {
            Path export = home.resolve("export.jsonl");
            assertThat(CliRun.run(home, "export", "--format", "jsonl", "--output", export.toString())
                            .exitCode())
                    .isEqualTo(ExitCode.OK);
            agrees(scorer, guardianGold.toString(), export, guardianScores);
            agrees(scorer, fakesGold.toString(), export, fakesScores);
            agrees(scorer, guardianGold + "," + fakesGold, export, overall);
        }
    }

    /** Loads a sample set into this test's home and evaluates it against its gold file. */
    private CliRun loadAndEvaluate(String set) {
        assertThat(CliRun.run(home, "load", SAMPLES.resolve(set).toString()).exitCode())
                .isEqualTo(ExitCode.OK);
        CliRun run = CliRun.run(
                home,
                "evaluate",
                "--gold",
                SAMPLES.resolve("gold/" + set + ".json").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        return run;
    }

    /** score.py on the same export gives the same precision, recall, F1 and date accuracy. */
    private static void agrees(Path scorer, String gold, Path export, double[] expected) throws Exception {
        Process process = new ProcessBuilder("python3", scorer.toString(), gold, export.toString())
                .redirectErrorStream(true)
                .start();
        String report = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(report).isZero();
        Matcher last = Pattern.compile("precision ([0-9.]+) recall ([0-9.]+) f1 ([0-9.]+) date_acc ([0-9.]+)")
                .matcher(report);
        assertThat(last.find()).as(report).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThat(Double.parseDouble(last.group(i + 1)))
                    .as(
                            "%s by score.py on %s",
                            List.of("precision", "recall", "F1", "date accuracy")
                                    .get(i),
                            gold)
                    .isCloseTo(expected[i], org.assertj.core.data.Offset.offset(0.0005));
        }
    }

    private static boolean python3() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void a_gold_file_missing_unreadable_or_colliding_is_one_line_and_exit_2_before_the_database_starts()
            throws Exception {
        Path missing = home.resolve("missing.json");
        CliRun run = CliRun.run(home, "evaluate", "--gold", missing.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().strip()).isEqualTo("stance: --gold " + missing + ": no such file");

        Path broken = home.resolve("broken.json");
        java.nio.file.Files.writeString(broken, "{\"articles\": [");
        run = CliRun.run(home, "evaluate", "--gold", broken.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().strip()).startsWith("stance: --gold " + broken + ": not a gold file: ");
        assertThat(run.err().strip().lines()).hasSize(1);

        Path seeds = SAMPLES.resolve("gold/idlib-2018-seeds.json");
        Path copy = home.resolve("copy.json");
        java.nio.file.Files.copy(seeds, copy);
        run = CliRun.run(home, "evaluate", "--gold", seeds + "," + copy);
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("is in both " + seeds + " and " + copy);
        assertThat(home.resolve("pgdata")).doesNotExist();
    }

    @Test
    void articles_not_loaded_are_reported_and_count_as_misses() {
        CliRun run = CliRun.run(
                home,
                "evaluate",
                "--gold",
                SAMPLES.resolve("gold/idlib-2018-seeds.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("gold article 000_2c759534a9478e92.txt is not loaded");
        assertThat(scores(run.out(), "overall")[1]).isZero();
    }

    /** Every row of the report that starts with {@code line}, in order, as scores. */
    static List<double[]> allScores(String report, String line) {
        List<double[]> all = new java.util.ArrayList<>();
        for (String row : report.split("\n")) {
            if (row.startsWith(line + " ")) {
                Matcher m = SCORES.matcher(row);
                if (m.find()) {
                    all.add(new double[] {
                        Double.parseDouble(m.group(1)),
                        Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3)),
                        Double.parseDouble(m.group(4))
                    });
                }
            }
        }
        return all;
    }

    static double[] scores(String report, String line) {
        List<double[]> all = allScores(report, line);
        if (all.isEmpty()) {
            throw new AssertionError("no '" + line + "' scores in:\n" + report);
        }
        return all.get(0);
    }
}
