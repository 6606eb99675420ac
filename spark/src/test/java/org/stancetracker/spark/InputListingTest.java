package org.stancetracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the driver sizes byte ranges and cuts files into them. */
class InputListingTest {
    private static final long MB = 1 << 20;
    private static final long SPARK_MAX = 128 * MB;
    private static final long SPARK_OPEN_COST = 4 * MB;

    @Test
    void one_file_of_100_mb_on_2_cores_gives_each_of_8_tasks_a_range() {
        long rangeBytes = InputListing.rangeBytes(SPARK_MAX, SPARK_OPEN_COST, 100 * MB, 8);
        assertThat(rangeBytes).isEqualTo(100 * MB / 8);
        HadoopInputFile big = new HadoopInputFile("file:/archive/big.jsonl", 100 * MB, 0);
        List<FileRange> ranges = InputListing.ranges(List.of(big), rangeBytes, f -> true);
        assertThat(ranges).hasSize(8).allSatisfy(r -> assertThat(r.wholeFile()).isFalse());
        assertThat(ranges.get(0).start()).isZero();
        assertThat(ranges.get(7).end()).isEqualTo(100 * MB);
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).start()).isEqualTo(ranges.get(i - 1).end());
        }
    }

    @Test
    void a_large_input_is_cut_at_sparks_max_partition_bytes_and_a_small_one_not_below_its_open_cost() {
        assertThat(InputListing.rangeBytes(SPARK_MAX, SPARK_OPEN_COST, 10_000 * MB, 8))
                .isEqualTo(SPARK_MAX);
        assertThat(InputListing.rangeBytes(SPARK_MAX, SPARK_OPEN_COST, 10 * MB, 8))
                .isEqualTo(SPARK_OPEN_COST);
        // Asked for below the open cost (as the tests do), the maximum is taken as given.
        assertThat(InputListing.rangeBytes(100, SPARK_OPEN_COST, 10 * MB, 8)).isEqualTo(100);
    }

    @Test
    void files_of_the_32_file_benchmark_are_each_read_whole() {
        List<HadoopInputFile> files = java.util.stream.IntStream.range(0, 32)
                .mapToObj(i -> new HadoopInputFile("file:/corpus/part-" + i + ".jsonl", 346 * MB / 32, 0))
                .toList();
        long rangeBytes = InputListing.rangeBytes(SPARK_MAX, SPARK_OPEN_COST, 346 * MB, 8);
        assertThat(InputListing.ranges(files, rangeBytes, f -> true))
                .hasSize(32)
                .allSatisfy(r -> assertThat(r.wholeFile()).isTrue());
    }

    @Test
    void a_file_that_cannot_be_read_in_ranges_is_read_whole_however_large() {
        HadoopInputFile gzip = new HadoopInputFile("file:/archive/big.jsonl.gz", 100 * MB, 0);
        assertThat(InputListing.ranges(List.of(gzip), MB, f -> false)).containsExactly(FileRange.whole(gzip));
    }
}
