package org.stancetracker.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stancetracker.db.reference.ReferenceDataFile;

/**
 * Writes a generated corpus as JSON Lines for {@code stance load}: {@code LoadCorpus N FILE [SEED]}.
 * The articles are those of {@link CorpusGenerator}, each with an id and its publication day.
 */
public final class LoadCorpus {
    private LoadCorpus() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : ExtractionBenchmark.SEED;
        CorpusGenerator generator = new CorpusGenerator(ReferenceDataFile.bundled().data());
        ObjectMapper json = new ObjectMapper();
        int i = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (CorpusGenerator.GeneratedArticle article : generator.generate(count, seed)) {
                out.write(json.createObjectNode().put("id", "gen-" + seed + "-" + i++).put("source", "generated")
                        .put("published", article.published().toString()).put("text", article.text()).toString());
                out.newLine();
            }
        }
        System.err.println("wrote " + count + " articles to " + file);
    }
}
