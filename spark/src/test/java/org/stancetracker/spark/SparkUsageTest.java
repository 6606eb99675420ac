package org.stancetracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A job asked for wrongly stops at once with exit 2 and says why, before Spark or the database start. */
class SparkUsageTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''                                        | give at least one PATH",
                "--from-database                           | --from-database needs --extractor NAME",
                "--extractor statements articles           | --extractor goes with --from-database",
                "--format xml articles                     | --format: format 'xml' is not one of",
                "--column body=text articles               | --column body=...: the fields are",
                "--batch-size 0 articles                   | --batch-size must be between 1 and 10000",
                "--max-split-bytes 0 articles              | --max-split-bytes must be at least 1",
                "--published 1812-06-24 articles           | --published",
                "--extractor-setting nodot=1 articles      | --extractor-setting"
            })
    void a_wrong_request_is_a_usage_error_naming_what_is_wrong(String arguments, String message) {
        StringWriter err = new StringWriter();
        String[] args = arguments.isBlank() ? new String[0] : arguments.trim().split("\\s+");
        int code =
                StanceSparkJob.run(null, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        assertThat(code).as(err.toString()).isEqualTo(StanceSparkJob.USAGE);
        assertThat(err.toString()).contains(message);
    }
}
