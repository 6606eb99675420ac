package org.stancetracker.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The splitter cuts CSV text where Commons CSV ends its records, and bounds what it keeps of each. */
class CsvRecordSplitterTest {
    private static final CSVFormat WHOLE_FILE =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private static List<List<String>> splitThenParse(String csv) throws IOException {
        CsvRecordSplitter splitter = new CsvRecordSplitter(new StringReader(csv), Long.MAX_VALUE);
        List<List<String>> records = new ArrayList<>();
        for (Optional<CsvRecordSplitter.RawRecord> raw = splitter.next(); raw.isPresent(); raw = splitter.next()) {
            try (CSVParser parser = CSVParser.parse(raw.get().text().orElseThrow(), CSVFormat.RFC4180)) {
                List<CSVRecord> parsed = parser.getRecords();
                assertThat(parsed).as("one record in %s", raw.get().text()).hasSize(1);
                assertThat(raw.get().fields())
                        .as("fields of %s", raw.get().text())
                        .isEqualTo(parsed.get(0).size());
                records.add(parsed.get(0).toList());
            }
        }
        return records;
    }

    private static List<List<String>> parseWhole(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(csv, WHOLE_FILE)) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a,b\r\nc,d\r\n",
                "a,\"b\r\nc\",d\n\n\ne,f",
                "\"x\"\"y\",z\n\"\"\"\",\"\"\n",
                "a,b\"c,d\n",
                " \"a,b\",c\n",
                "\"a\" ,b\n",
                ",,\n,\n",
                "\"\"\n",
                "a\rb\rc",
                "last,\"line\""
            })
    void records_end_where_commons_csv_ends_them(String csv) throws IOException {
        assertThat(splitThenParse(csv)).isEqualTo(parseWhole(csv));
    }

    @Test
    void any_values_written_as_rfc_4180_are_read_back_record_by_record() throws IOException {
        Random random = new Random(4180);
        String alphabet = "ab ,\"\r\n\u00e9\uD83D\uDE00";
        for (int trial = 0; trial < 2000; trial++) {
            List<List<String>> rows = new ArrayList<>();
            int width = 1 + random.nextInt(4);
            for (int r = random.nextInt(5); r > 0; r--) {
                List<String> row = new ArrayList<>();
                for (int f = 0; f < width; f++) {
                    StringBuilder value = new StringBuilder();
                    for (int n = random.nextInt(6); n > 0; n--) {
                        int i = random.nextInt(alphabet.length() - 1);
                        value.append(
                                Character.isHighSurrogate(alphabet.charAt(i))
                                        ? alphabet.substring(i, i + 2)
                                        : alphabet.charAt(i));
                    }
                    row.add(value.toString().replace("\uDE00", ""));
                }
                rows.add(row);
            }
            StringWriter csv = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
                printer.printRecords(rows);
            }
            assertThat(splitThenParse(csv.toString())).as(csv.toString()).isEqualTo(rows);
        }
    }

    @Test
    void a_record_over_the_limit_is_counted_not_kept_and_the_next_is_read() throws IOException {
        String csv = "1,\"" + "x".repeat(100) + "\"\n2,\"short, \"\"quoted\"\"\"\r\n3,é\n";
        CsvRecordSplitter splitter = new CsvRecordSplitter(new StringReader(csv), 50);

        CsvRecordSplitter.RawRecord first = splitter.next().orElseThrow();
        assertThat(first.tooLarge()).isTrue();
        assertThat(first.bytes()).isEqualTo(104);
        assertThat(splitter.next().orElseThrow().text()).contains("2,\"short, \"\"quoted\"\"\"");
        CsvRecordSplitter.RawRecord third = splitter.next().orElseThrow();
        assertThat(third.text()).contains("3,é");
        assertThat(third.bytes()).isEqualTo(4);
        assertThat(splitter.next()).isEmpty();
    }

    @Test
    void a_header_over_the_limit_is_not_read_to_its_end() throws IOException {
        StringReader endless = new StringReader("id," + "h".repeat(1_000_000) + "\n1,x\n");
        CsvRecordSplitter splitter = new CsvRecordSplitter(endless, 100);
        assertThat(splitter.header().orElseThrow().tooLarge()).isTrue();
        assertThat(endless.read()).as("characters left unread").isNotEqualTo(-1);
    }

    @Test
    void a_byte_order_mark_is_no_part_of_the_header() throws IOException {
        CsvRecordSplitter splitter = new CsvRecordSplitter(new StringReader("\uFEFFid,text\n"), 100);
        assertThat(splitter.header().orElseThrow().text()).contains("id,text");
    }
}
