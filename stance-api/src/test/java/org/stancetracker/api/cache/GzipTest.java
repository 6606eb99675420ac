package org.stancetracker.api.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class GzipTest {
    @Test
    void accept_encoding_is_read_with_its_quality_values() {
        assertThat(Gzip.accepted("gzip, deflate, br")).isTrue();
        assertThat(Gzip.accepted("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(Gzip.accepted("*")).isTrue();
        assertThat(Gzip.accepted(null)).isFalse();
        assertThat(Gzip.accepted("")).isFalse();
        assertThat(Gzip.accepted("identity")).isFalse();
        assertThat(Gzip.accepted("deflate, br")).isFalse();
        assertThat(Gzip.accepted("gzip;q=0")).isFalse();
        assertThat(Gzip.accepted("gzip;q=0.000, *"))
                .as("an explicit refusal beats the wildcard")
                .isFalse();
        assertThat(Gzip.accepted("*;q=0")).isFalse();
        assertThat(Gzip.accepted("gzip;q=zero")).isFalse();
    }

    @Test
    void compressed_bytes_come_back_as_they_were() throws IOException {
        byte[] json = "{\"period\":\"2018-09-03\",\"support\":3,\"oppose\":0,\"net\":0.9,\"stance\":\"support\"},"
                .repeat(500)
                .getBytes(StandardCharsets.UTF_8);
        byte[] compressed = Gzip.compress(json);
        assertThat(compressed.length).isLessThan(json.length / 10);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            assertThat(in.readAllBytes()).as("a standard gzip stream").isEqualTo(json);
        }
        java.io.ByteArrayOutputStream unzipped = new java.io.ByteArrayOutputStream();
        Gzip.decompress(compressed, unzipped);
        assertThat(unzipped.toByteArray()).isEqualTo(json);
    }
}
