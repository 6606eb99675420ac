package org.stancetracker.cli.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stancetracker.cli.ExitCode;
import org.stancetracker.cli.ReferenceChecks;
import org.stancetracker.cli.UsageException;
import org.stancetracker.cli.Workspace;
import org.stancetracker.db.DatabaseUnavailableException;
import org.stancetracker.db.query.StanceFilter;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.store.ExportedStance;
import org.stancetracker.db.store.StanceExportReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stance export}: writes the stored stances, one per line, streaming; each with all its
 * findings, or with {@code --findings} one line per finding.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "Writes stored stances as JSON Lines, one stance per line with all its findings, to standard output "
                        + "or a file; or, with --findings, one line per finding.",
        footer = {
            "",
            "Examples:",
            "  stance export --format jsonl > stances.jsonl",
            "  stance export --topic idlib --actor TUR --from 2018-09-01 --to 2018-09-30",
            "  stance export --format csv --output stances.csv"
        })
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--format",
            defaultValue = "jsonl",
            description = "Output format: jsonl (default) or csv (with a header row).")
    String format;

    @Option(names = "--topic", description = "Only stances on this topic.")
    String topic;

    @Option(names = "--actor", description = "Only stances of this actor (code, e.g. TUR).")
    String actor;

    @Option(names = "--from", description = "Only stances dated on or after this day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", description = "Only stances dated on or before this day (YYYY-MM-DD).")
    LocalDate to;

    @Option(
            names = "--source",
            split = ",",
            description = "Only stances read in articles of these sources (repeat, or separate with commas).")
    java.util.List<String> sources; // null when not given: picocli then makes a fresh list per run

    @Option(names = "--extractor", description = "Only stances this extractor found (alone or with others).")
    String extractor;

    @Option(names = "--min-confidence", description = "Only stances at least this confident (0 to 1).")
    Double minConfidence;

    @Option(names = "--output", description = "Write to this file instead of standard output.")
    Path output;

    @Option(
            names = "--findings",
            description = "One line (or CSV row) per finding instead of per stance: each extractor's "
                    + "own evidence, offsets, date and confidence, with its stance's article, actor, topic, position and polarity, "
                    + "and lead true for the finding the stance's lead evidence is.")
    boolean perFinding;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("jsonl") && !format.equals("csv")) {
            throw new UsageException("--format " + format + " is not supported; use jsonl or csv");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new UsageException("--min-confidence must be from 0 to 1, was " + minConfidence);
        }
        // The topic and actor are checked against the reference data before the database starts: a misspelt
        // one is a usage error, not an empty export.
        ReferenceDataFile reference = ReferenceDataFile.bundled();
        if (topic != null) {
            ReferenceChecks.topic(reference.data(), "--topic", topic);
        }
        if (actor != null) {
            ReferenceChecks.actor(reference.data(), "--actor", actor);
        }
        StanceFilter filter = StanceFilter.all()
                .withTopic(Optional.ofNullable(topic))
                .withActor(Optional.ofNullable(actor))
                .between(Optional.ofNullable(from), Optional.ofNullable(to))
                .readBy(
                        (sources == null ? java.util.List.<String>of() : sources)
                                .stream()
                                        .map(String::strip)
                                        .filter(name -> !name.isEmpty())
                                        .distinct()
                                        .toList(),
                        Optional.ofNullable(extractor),
                        Optional.ofNullable(minConfidence));
        try (Workspace workspace = Workspace.open(reference);
                Writer writer = output == null
                        ? nonClosing(spec.commandLine().getOut())
                        : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                JsonGenerator json = new JsonFactory().createGenerator(writer)) {
            long count;
            long[] findings = {0};
            StanceExportReader reader =
                    new StanceExportReader(workspace.database().dataSource());
            if (format.equals("csv")) {
                CSVPrinter csv = new CSVPrinter(
                        writer,
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader(perFinding ? FINDING_CSV_HEADER : CSV_HEADER)
                                .get());
                count = reader.forEach(filter, row -> {
                    if (perFinding) {
                        findings[0] += writeFindingsCsv(csv, row);
                    } else {
                        writeCsv(csv, row);
                    }
                });
                csv.flush();
            } else {
                json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
                count = reader.forEach(filter, row -> {
                    if (perFinding) {
                        findings[0] += writeFindings(json, row);
                    } else {
                        write(json, row);
                    }
                });
                if (perFinding ? findings[0] > 0 : count > 0) {
                    json.writeRaw('\n'); // end the last line too
                }
                json.flush();
            }
            spec.commandLine()
                    .getErr()
                    .println(
                            perFinding
                                    ? "exported " + findings[0] + " findings of " + count + " stances"
                                    : "exported " + count + " stances");
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("reading stances failed: " + e.getMessage(), e);
        }
        return ExitCode.OK;
    }

    private static final String[] CSV_HEADER = {
        "article",
        "source",
        "actor",
        "topic",
        "position",
        "polarity",
        "date",
        "date_precision",
        "evidence",
        "evidence_start",
        "evidence_end",
        "extractor",
        "extractor_version",
        "confidence",
        "extractors",
        "evidence_count",
        "title",
        "url",
        "published"
    };

    private static void writeCsv(CSVPrinter csv, ExportedStance row) {
        try {
            csv.printRecord(
                    row.article(),
                    row.source(),
                    row.actor(),
                    row.topic(),
                    row.position(),
                    row.polarity(),
                    row.date().map(Object::toString).orElse(""),
                    row.datePrecision(),
                    row.evidence(),
                    row.evidenceStart(),
                    row.evidenceEnd(),
                    row.extractor(),
                    row.extractorVersion(),
                    row.confidence(),
                    String.join(";", row.extractors()),
                    row.evidenceCount(),
                    row.cited().title().orElse(""),
                    row.cited().url().orElse(""),
                    row.cited().published().map(Object::toString).orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonGenerator json, ExportedStance row) {
        try {
            json.writeStartObject();
            json.writeStringField("article", row.article());
            json.writeStringField("source", row.source());
            json.writeStringField("actor", row.actor());
            json.writeStringField("topic", row.topic());
            json.writeStringField("position", row.position());
            json.writeStringField("polarity", row.polarity());
            if (row.date().isPresent()) {
                json.writeStringField("date", row.date().get().toString());
            } else {
                json.writeNullField("date");
            }
            json.writeStringField("date_precision", row.datePrecision());
            json.writeStringField("evidence", row.evidence());
            json.writeNumberField("evidence_start", row.evidenceStart());
            json.writeNumberField("evidence_end", row.evidenceEnd());
            json.writeStringField("extractor", row.extractor());
            json.writeStringField("extractor_version", row.extractorVersion());
            json.writeNumberField("confidence", row.confidence());
            json.writeArrayFieldStart("extractors");
            for (String extractor : row.extractors()) {
                json.writeString(extractor);
            }
            json.writeEndArray();
            json.writeNumberField("evidence_count", row.evidenceCount());
            json.writeStringField("title", row.cited().title().orElse(null));
            json.writeStringField("url", row.cited().url().orElse(null));
            json.writeStringField(
                    "published", row.cited().published().map(Object::toString).orElse(null));
            json.writeArrayFieldStart("findings");
            for (ExportedStance.Finding finding : row.findings()) {
                json.writeStartObject();
                writeFinding(json, finding);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The columns of one finding per row: the stance's key, then the finding's own fields under the
     * names a stance row gives them, so that a reader of stance rows reads these alike.
     */
    private static final String[] FINDING_CSV_HEADER = findingHeader();

    /** The stance row's columns up to its lead finding's confidence, then whether the finding is the lead. */
    private static String[] findingHeader() {
        int throughConfidence = java.util.Arrays.asList(CSV_HEADER).indexOf("confidence") + 1;
        String[] header = java.util.Arrays.copyOf(CSV_HEADER, throughConfidence + 1);
        header[throughConfidence] = "lead";
        return header;
    }

    private static int writeFindingsCsv(CSVPrinter csv, ExportedStance row) {
        try {
            for (ExportedStance.Finding f : row.findings()) {
                csv.printRecord(
                        row.article(),
                        row.source(),
                        row.actor(),
                        row.topic(),
                        row.position(),
                        row.polarity(),
                        f.date().map(Object::toString).orElse(""),
                        f.datePrecision(),
                        f.evidence(),
                        f.evidenceStart(),
                        f.evidenceEnd(),
                        f.extractor(),
                        f.extractorVersion(),
                        f.confidence(),
                        row.isLead(f));
            }
            return row.findings().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int writeFindings(JsonGenerator json, ExportedStance row) {
        try {
            for (ExportedStance.Finding finding : row.findings()) {
                json.writeStartObject();
                json.writeStringField("article", row.article());
                json.writeStringField("source", row.source());
                json.writeStringField("actor", row.actor());
                json.writeStringField("topic", row.topic());
                json.writeStringField("position", row.position());
                json.writeStringField("polarity", row.polarity());
                writeFinding(json, finding);
                json.writeBooleanField("lead", row.isLead(finding));
                json.writeEndObject();
            }
            return row.findings().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A finding's own fields, named as a stance's. */
    private static void writeFinding(JsonGenerator json, ExportedStance.Finding finding) throws IOException {
        if (finding.date().isPresent()) {
            json.writeStringField("date", finding.date().get().toString());
        } else {
            json.writeNullField("date");
        }
        json.writeStringField("date_precision", finding.datePrecision());
        json.writeStringField("evidence", finding.evidence());
        json.writeNumberField("evidence_start", finding.evidenceStart());
        json.writeNumberField("evidence_end", finding.evidenceEnd());
        json.writeStringField("extractor", finding.extractor());
        json.writeStringField("extractor_version", finding.extractorVersion());
        json.writeNumberField("confidence", finding.confidence());
    }

    /** Standard output stays open after the export: the command's caller owns it. */
    private static Writer nonClosing(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
