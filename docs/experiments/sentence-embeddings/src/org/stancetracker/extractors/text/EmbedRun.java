package org.stancetracker.extractors.text;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.actor.ActorCode;

/**
 * Experiment: rules alone vs rules plus sentence embeddings (all-MiniLM-L6-v2, quantized, in-process ONNX).
 *
 * <pre>
 * EmbedRun sweep                 thresholds on our own sets (seeds, heldout, blind), every design
 * EmbedRun dev DESIGN=T ...      the dev set, once, with the chosen thresholds
 * EmbedRun speed                 embeddings per second on ~25-token sentences
 * </pre>
 */
public class EmbedRun {
    static final Set<String> SCORED = Set.of("TUR", "RUS", "IRN", "SYR", "USA", "GBR", "FRA", "ISR", "UN", "EU");
    static final Pattern LEADING_PRONOUN = Pattern.compile("^\\W*(?:\\S+\\s+){0,3}?(he|she|they|it)\\b", Pattern.CASE_INSENSITIVE);

    record Proto(String position, String polarity, String text, float[] v) {}
    /** A rule claim reduced to its scored tuple, with its evidence sentence's similarity to each prototype. */
    record RuleClaim(String article, String tuple, String position, String polarity, float[] sims) {}
    /** A sentence the rules left without a claim that names an actor: what the recall design may read. */
    record Candidate(String article, String actor, boolean close, Set<String> hitPositions, float[] sims) {}
    record SetData(String name, Map<String, Set<String>> gold, List<RuleClaim> claims, List<Candidate> candidates,
                   int sentences, int claimSentences) {}

    static EmbeddingModel model;
    static List<Proto> protos = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        if (mode.equals("rules-speed")) {
            rulesSpeed();
            return;
        }
        if (mode.equals("speed")) {
            speed(Integer.parseInt(args.length > 1 ? args[1] : "1"));
            return;
        }
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (String line : Files.readAllLines(Path.of(System.getProperty("protos", "/tmp/embed-exp/prototypes.tsv")))) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            protos.add(new Proto(f[0], f[1], f[2], embed(f[2])));
        }
        NewsAnalyzer analyzer = new NewsAnalyzer(ReferenceDataFile.bundled().data());
        if (mode.equals("sweep")) {
            List<SetData> sets = new ArrayList<>();
            for (String s : List.of("seeds", "heldout", "blind")) {
                sets.add(load(analyzer, s));
            }
            sweep(sets);
        } else if (mode.equals("dev")) {
            SetData dev = load(analyzer, "dev");
            report(List.of(dev), "rules", Map.of());
            for (int i = 1; i < args.length; i++) {
                String[] kv = args[i].split("=");
                report(List.of(dev), kv[0], Map.of(kv[0], Double.parseDouble(kv[1])));
            }
            if (System.getProperty("show") != null) {
                for (int i = 1; i < args.length; i++) {
                    String[] kv = args[i].split("=");
                    show(dev, kv[0], Double.parseDouble(kv[1]));
                }
            }
        } else if (mode.equals("own")) {
            List<SetData> sets = new ArrayList<>();
            for (String s : List.of("seeds", "heldout", "blind")) {
                sets.add(load(analyzer, s));
            }
            for (SetData set : sets) {
                report(List.of(set), "rules", Map.of());
                for (int i = 1; i < args.length; i++) {
                    String[] kv = args[i].split("=");
                    report(List.of(set), kv[0], Map.of(kv[0], Double.parseDouble(kv[1])));
                }
            }
            report(sets, "rules", Map.of());
            for (int i = 1; i < args.length; i++) {
                String[] kv = args[i].split("=");
                report(sets, kv[0], Map.of(kv[0], Double.parseDouble(kv[1])));
            }
            if (System.getProperty("show") != null) {
                for (int i = 1; i < args.length; i++) {
                    String[] kv = args[i].split("=");
                    for (SetData set : sets) show(set, kv[0], Double.parseDouble(kv[1]));
                }
            }
        }
    }

    static float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    static double cos(float[] a, float[] b) {
        double d = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return d / Math.sqrt(na * nb);
    }

    static float[] sims(float[] v) {
        float[] s = new float[protos.size()];
        for (int i = 0; i < s.length; i++) s[i] = (float) cos(v, protos.get(i).v());
        return s;
    }

    static String goldFile(String set) {
        return switch (set) {
            case "dev" -> "/work/shared/gold/guardian-syria-dev.json";
            case "seeds" -> "/work/main/db/samples/gold/idlib-2018-seeds.json";
            case "heldout" -> "/work/main/db/samples/gold/heldout-idlib.json";
            case "blind" -> "/work/main/db/samples/gold/blind-idlib.json";
            default -> throw new IllegalArgumentException(set);
        };
    }

    static SetData load(NewsAnalyzer analyzer, String set) throws Exception {
        ObjectMapper om = new ObjectMapper();
        Map<String, Set<String>> gold = new HashMap<>();
        for (JsonNode art : om.readTree(Path.of(goldFile(set)).toFile()).get("articles")) {
            Set<String> s = new HashSet<>();
            for (JsonNode st : art.get("stances")) {
                s.add(st.get("actor").asText() + " " + st.get("position").asText() + " " + st.get("polarity").asText());
            }
            gold.put(art.get("id").asText(), s);
        }
        List<RuleClaim> claims = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        int sentences = 0, claimSentences = 0;
        for (String line : Files.readAllLines(Path.of("/tmp/probe/" + set + "-articles.jsonl"))) {
            JsonNode r = om.readTree(line);
            String id = r.get("id").asText();
            String text = r.get("text").asText();
            ArticleAnalysis a = analyzerAnalysis(analyzer, new ArticleText(text, Optional.of(LocalDate.parse(r.get("published").asText())), "guardian"));
            Map<Integer, float[]> cache = new HashMap<>();
            Set<Integer> withClaim = new HashSet<>();
            for (Claim c : a.claims) {
                int s = sentenceOf(a, c.evidenceStart());
                withClaim.add(s);
                if (!SCORED.contains(c.actor().value())) continue;
                float[] v = cache.computeIfAbsent(s, k -> sims(embed(text.substring(a.sentences.get(k).start(), a.sentences.get(k).end()))));
                claims.add(new RuleClaim(id, c.actor().value() + " " + c.position().id().value() + " " + c.polarity().word(),
                        c.position().id().value(), c.polarity().word(), v));
            }
            for (SentenceAnalysis s : a.sentences) {
                if (s.sentence.boilerplate()) continue;
                sentences++;
                if (withClaim.contains(s.index)) {
                    claimSentences++;
                    continue;
                }
                Optional<ActorCode> actor = subjectActor(a, s);
                if (actor.isEmpty()) continue;
                Set<String> hitPositions = new HashSet<>();
                for (PositionHit h : s.hits) hitPositions.add(h.position().id().value());
                float[] v = cache.computeIfAbsent(s.index, k -> sims(embed(text.substring(s.start(), s.end()))));
                candidates.add(new Candidate(id, actor.get().value(), s.close, hitPositions, v));
            }
        }
        System.err.printf("%s: %d sentences, %d with a rule claim, %d candidates for recall, %d of them read closely%n", set, sentences, claimSentences,
                candidates.size(), candidates.stream().filter(Candidate::close).count());
        return new SetData(set, gold, claims, candidates, sentences, claimSentences);
    }

    static ArticleAnalysis analyzerAnalysis(NewsAnalyzer analyzer, ArticleText at) {
        return analyzer.analysis(at);
    }

    /** The actor the sentence is about, as the rules would see it: the first actor named (not as a place), else a leading pronoun's. */
    static Optional<ActorCode> subjectActor(ArticleAnalysis a, SentenceAnalysis s) {
        Optional<Mention> first = s.mentions.stream().filter(m -> !m.place()).min(Comparator.comparingInt(Mention::start));
        if (first.isPresent()) return Optional.of(first.get().actor());
        Matcher m = LEADING_PRONOUN.matcher(a.text).region(s.start(), s.end());
        if (m.find()) {
            return switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "he", "she" -> s.person;
                case "they" -> s.group.size() == 1 ? Optional.of(s.group.iterator().next()) : Optional.empty();
                default -> s.organisation;
            };
        }
        return Optional.empty();
    }

    static int sentenceOf(ArticleAnalysis analysis, int offset) {
        for (SentenceAnalysis sentence : analysis.sentences) {
            if (offset < sentence.end()) return sentence.index;
        }
        return analysis.sentences.size() - 1;
    }

    // ---- designs ---------------------------------------------------------------------------------

    /** Best similarity among prototypes matching the filter. */
    static double best(float[] sims, String position, String polarity) {
        double b = -1;
        for (int i = 0; i < protos.size(); i++) {
            Proto p = protos.get(i);
            if ((position == null || p.position().equals(position)) && (polarity == null || p.polarity().equals(polarity))) {
                b = Math.max(b, sims[i]);
            }
        }
        return b;
    }

    static double bestOther(float[] sims, String position) {
        double b = -1;
        for (int i = 0; i < protos.size(); i++) {
            if (!protos.get(i).position().equals(position)) b = Math.max(b, sims[i]);
        }
        return b;
    }

    /**
     * Designs:
     * filterPos   (a) keep a rule claim if its sentence is within T of some prototype of its position;
     * filterPol   (a') ... of its position and polarity;
     * recallAll   (b) propose (actor, best prototype's position, polarity) for any candidate sentence at >= T;
     * recallClose (b') only candidate sentences the rules read closely (they name a position), position among those named.
     */
    static Set<String> predict(SetData set, Map<String, Double> design) {
        Set<String> out = new HashSet<>();
        Double fp = design.get("filterPos"), fq = design.get("filterPol");
        for (RuleClaim c : set.claims()) {
            if (fp != null && best(c.sims(), c.position(), null) < fp) continue;
            if (fq != null && best(c.sims(), c.position(), c.polarity()) < fq) continue;
            Double fr = design.get("filterRel");
            if (fr != null && bestOther(c.sims(), c.position()) - best(c.sims(), c.position(), null) > fr) continue;
            out.add(c.article() + " " + c.tuple());
        }
        Double ra = design.get("recallAll"), rc = design.get("recallClose");
        if (design.containsKey("recallCloseM")) rc = design.get("recallCloseM");
        double margin = design.containsKey("recallCloseM") ? Double.parseDouble(System.getProperty("margin", "0.04")) : -1;
        for (Candidate c : set.candidates()) {
            if (!SCORED.contains(c.actor())) continue;
            Double t = ra != null ? ra : rc;
            if (t == null) continue;
            if (rc != null && !c.close()) continue;
            int bi = -1;
            for (int i = 0; i < protos.size(); i++) {
                if (rc != null && !c.hitPositions().contains(protos.get(i).position())) continue;
                if (bi < 0 || c.sims()[i] > c.sims()[bi]) bi = i;
            }
            if (bi >= 0 && margin > 0) {
                Proto b = protos.get(bi);
                String other = b.polarity().equals("support") ? "oppose" : "support";
                if (c.sims()[bi] - best(c.sims(), b.position(), other) < margin) continue;
            }
            if (bi >= 0 && c.sims()[bi] >= t) {
                out.add(c.article() + " " + c.actor() + " " + protos.get(bi).position() + " " + protos.get(bi).polarity());
            }
        }
        return out;
    }

    static double[] score(List<SetData> sets, Map<String, Double> design) {
        int tp = 0, fp = 0, gold = 0;
        for (SetData set : sets) {
            Set<String> pred = predict(set, design);
            for (String p : pred) {
                String article = p.substring(0, p.indexOf(' '));
                if (!set.gold().containsKey(article)) continue;
                if (set.gold().get(article).contains(p.substring(p.indexOf(' ') + 1))) tp++; else fp++;
            }
            for (Set<String> g : set.gold().values()) gold += g.size();
        }
        double P = tp / (double) Math.max(1, tp + fp), R = tp / (double) gold, F = P + R == 0 ? 0 : 2 * P * R / (P + R);
        return new double[] {tp, fp, gold, P, R, F};
    }

    static void report(List<SetData> sets, String label, Map<String, Double> design) {
        double[] s = score(sets, design);
        String names = sets.stream().map(SetData::name).reduce((x, y) -> x + "+" + y).orElse("");
        System.out.printf("%-16s %-14s %-6s tp %3d fp %3d gold %3d  P %.3f R %.3f F1 %.3f%n", names, label,
                design.isEmpty() ? "-" : String.valueOf(design.values().iterator().next()), (int) s[0], (int) s[1], (int) s[2], s[3], s[4], s[5]);
    }

    static void sweep(List<SetData> sets) {
        report(sets, "rules", Map.of());
        for (String d : System.getProperty("designs", "filterPos,filterPol,recallAll,recallClose").split(",")) {
            for (double t = d.equals("filterRel") ? 0.0 : 0.20; t <= 0.801; t += d.equals("filterRel") ? 0.025 : 0.05) {
                report(sets, d, Map.of(d, Math.round(t * 1000) / 1000.0));
            }
        }
        int sentences = 0, claimSentences = 0, cands = 0, close = 0;
        for (SetData s : sets) {
            sentences += s.sentences();
            claimSentences += s.claimSentences();
            cands += s.candidates().size();
            close += (int) s.candidates().stream().filter(Candidate::close).count();
        }
        System.out.printf("sentences %d, with a rule claim %d (%.1f%%), recall candidates %d (%.1f%%), of them read closely %d (%.1f%%)%n",
                sentences, claimSentences, 100.0 * claimSentences / sentences, cands, 100.0 * cands / sentences, close, 100.0 * close / sentences);
    }

    /** The tuples a design adds or drops against rules alone, with whether gold has them. */
    static void show(SetData set, String d, double t) {
        Set<String> rules = predict(set, Map.of());
        Set<String> with = predict(set, Map.of(d, t));
        for (String p : rules) if (!with.contains(p)) System.out.println("DROP " + d + " " + mark(set, p) + " " + p);
        for (String p : with) if (!rules.contains(p)) System.out.println("ADD  " + d + " " + mark(set, p) + " " + p);
    }

    static String mark(SetData set, String p) {
        String article = p.substring(0, p.indexOf(' '));
        String tuple = p.substring(p.indexOf(' ') + 1);
        if (!SCORED.contains(tuple.split(" ")[0])) return "--";
        return set.gold().getOrDefault(article, Set.of()).contains(tuple) ? "TP" : "FP";
    }

    /** The rules alone: sentences per second over the dev articles, after a warm-up pass. */
    static void rulesSpeed() throws Exception {
        NewsAnalyzer analyzer = new NewsAnalyzer(ReferenceDataFile.bundled().data());
        ObjectMapper om = new ObjectMapper();
        List<ArticleText> articles = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/tmp/probe/dev-articles.jsonl"))) {
            JsonNode r = om.readTree(line);
            articles.add(new ArticleText(r.get("text").asText(), Optional.of(LocalDate.parse(r.get("published").asText())), "guardian"));
        }
        for (int round = 0; round < 4; round++) {
            long start = System.nanoTime();
            int sentences = 0;
            for (ArticleText a : articles) sentences += analyzer.analysis(a).sentences.size();
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf("rules: %d articles, %d sentences in %.2f s = %.0f sentences per second%n", articles.size(), sentences, secs, sentences / secs);
        }
    }

    // ---- speed -----------------------------------------------------------------------------------

    /** Embeddings per second for sentences of about 25 tokens, with ONNX Runtime on {@code threads} intra-op threads. */
    static void speed(int threads) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        byte[] onnx;
        try (InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
            onnx = in.readAllBytes();
        }
        long t0 = System.nanoTime();
        OrtSession session = env.createSession(onnx, options);
        OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(env, session,
                AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json"), PoolingMode.MEAN);
        EmbeddingModel m = new AbstractInProcessEmbeddingModel(null) {
            @Override
            protected OnnxBertBiEncoder model() {
                return encoder;
            }
        };
        System.out.printf("load %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        String[] sentences = {
            "Turkey's foreign minister said on Tuesday that an assault on the province would be a disaster for the millions of civilians living there.",
            "The Kremlin spokesman told reporters that Moscow had no plans to halt its air campaign against militants in the north-west of Syria.",
            "Officials in Washington warned that any use of chemical weapons by government forces would be met with a strong and swift response.",
            "The United Nations envoy urged all parties to return to the negotiating table in Geneva and agree on a lasting political settlement.",
            "Thousands of families fled towards the Turkish border as jets struck villages in the south of the province for the third day running.",
        };
        int tokens = 0, pieces = 0;
        for (String s : sentences) tokens += s.split("\\s+").length;
        try (var tok = ai.djl.huggingface.tokenizers.HuggingFaceTokenizer.newInstance(
                AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json"), Map.of())) {
            for (String s : sentences) pieces += tok.encode(s).getIds().length;
        }
        System.out.printf("mean words per sentence %.1f, mean model tokens (with CLS/SEP) %.1f%n", tokens / (double) sentences.length, pieces / (double) sentences.length);
        for (int i = 0; i < 50; i++) m.embed(sentences[i % sentences.length] + " " + i);
        for (int round = 0; round < 3; round++) {
            int n = 400;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) m.embed(sentences[i % sentences.length] + " (" + round + "/" + i + ")");
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf("threads %d: %d embeddings in %.2f s = %.0f per second, %.2f ms each%n", threads, n, secs, n / secs, 1000 * secs / n);
        }
    }
}
