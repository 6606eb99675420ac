package org.stancetracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parquet in and out: a Parquet table of articles loads as the same articles in JSON Lines do under
 * {@code stance load}, a bad row is rejected at its file and row, and {@code --output} writes the
 * articles and findings as Parquet for a data lake.
 */
class SparkParquetTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void a_parquet_table_loads_as_the_same_records_in_json_lines_do_and_the_lake_output_holds_what_was_stored()
            throws IOException {
        SparkSession spark = SharedSpark.session();
        List<Path> texts;
        try (Stream<Path> files = Files.list(Corpus.SAMPLES.resolve("heldout-idlib"))) {
            texts = files.sorted().toList();
        }
        // Columns by their usual names in another spelling (body, outlet, published as a DATE), one bad row.
        StructType schema = new StructType()
                .add("id", DataTypes.StringType)
                .add("body", DataTypes.StringType)
                .add("published", DataTypes.DateType)
                .add("outlet", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            String id = "pq-" + texts.get(i).getFileName();
            String text = Files.readString(texts.get(i));
            LocalDate day = LocalDate.of(2018, 9, 1 + i);
            rows.add(RowFactory.create(id, text, Date.valueOf(day), "archive"));
            Map<String, String> record = new LinkedHashMap<>();
            record.put("id", id);
            record.put("text", text);
            record.put("published", day.toString());
            record.put("source", "archive");
            jsonl.append(JSON.writeValueAsString(record)).append('\n');
        }
        rows.add(RowFactory.create("pq-empty", "  ", Date.valueOf("2018-09-30"), "archive"));
        Path table = work.resolve("table");
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(table.toString());
        Path lines = Files.writeString(work.resolve("same.jsonl"), jsonl);
        String viaSpark = TestDatabases.fresh();
        String viaCli = TestDatabases.fresh();
        Path lake = work.resolve("lake");

        Runs.Run run = Runs.spark(
                viaSpark,
                work,
                "--rejects",
                work.resolve("rejects").toString(),
                "--output",
                lake.toString(),
                table.toString());
        Runs.Run cli = Runs.stance(viaCli, work, "load", lines.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(StanceSparkJob.PARTIAL);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(run.out()).contains("loaded " + texts.size()).contains("rejected 1");
        assertThat(SparkLoadTest.rejectLines(work.resolve("rejects")))
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .containsPattern("part-[^\"]*\\.parquet:row " + (texts.size() + 1) + "\"")
                        .contains("empty text")
                        .contains("pq-empty"));
        assertThat(Runs.export(viaSpark, work)).isEqualTo(Runs.export(viaCli, work));

        assertThat(spark.read().parquet(lake.resolve("articles").toString()).count())
                .isEqualTo(texts.size());
        assertThat(spark.read().parquet(lake.resolve("findings").toString()).count())
                .isEqualTo(TestDatabases.count(viaSpark, "SELECT count(*) FROM stance_evidence"))
                .isPositive();
    }
}
