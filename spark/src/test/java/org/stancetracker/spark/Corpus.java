package org.stancetracker.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A test corpus in every format a load reads, made from the project's own sample articles (written for
 * the project, not taken from the news): the seed, held-out and Russia sets as plain-text files in
 * directories, half the blind set as gzipped JSON Lines with ids, dates and a source, the other half as
 * CSV. No text is in two inputs, so which copy a load keeps never depends on the order of its tasks.
 */
final class Corpus {
    static final Path SAMPLES = Path.of(System.getProperty("stance.samples.dir"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {}

    /** Writes the corpus under {@code directory}; returns the number of articles in it. */
    static int write(Path directory) throws IOException {
        int articles = 0;
        for (String set : List.of("idlib-2018-seeds", "heldout-idlib", "russia-2018-2019")) {
            Path target = Files.createDirectories(directory.resolve("txt").resolve(set));
            for (Path file : files(SAMPLES.resolve(set))) {
                Files.copy(file, target.resolve(file.getFileName()));
                articles++;
            }
        }
        List<Path> blind = files(SAMPLES.resolve("blind-idlib"));
        List<Path> jsonHalf = blind.subList(0, blind.size() / 2);
        List<Path> csvHalf = blind.subList(blind.size() / 2, blind.size());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(directory.resolve("wire.jsonl.gz")))) {
            int day = 1;
            for (Path file : jsonHalf) {
                Map<String, String> record = new LinkedHashMap<>();
                record.put("id", "wire-" + file.getFileName());
                record.put("text", Files.readString(file));
                record.put("published", "2018-10-0" + day++);
                record.put("source", "wire");
                out.write((JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8));
                articles++;
            }
        }
        try (Writer out = Files.newBufferedWriter(directory.resolve("desk.csv"));
                CSVPrinter csv = CSVFormat.RFC4180
                        .builder()
                        .setHeader("id", "text", "date", "source")
                        .get()
                        .print(out)) {
            for (Path file : csvHalf) {
                csv.printRecord("desk-" + file.getFileName(), Files.readString(file), "2018-11-20", "desk");
                articles++;
            }
        }
        return articles;
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
