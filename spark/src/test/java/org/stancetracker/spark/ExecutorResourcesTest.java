package org.stancetracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The extractors are built once per executor JVM and job, not per task or record. */
class ExecutorResourcesTest {
    @Test
    void tasks_of_one_job_share_the_extractors_and_another_job_gets_its_own() {
        String database = TestDatabases.fresh();
        JobSettings job = settings(database, Map.of());
        JobSettings sameJob = settings(database, Map.of());
        JobSettings otherJob = settings(database, Map.of("statements.min-confidence", "0.9"));

        ExecutorResources first = ExecutorResources.of(job);
        assertThat(ExecutorResources.of(sameJob)).isSameAs(first);
        assertThat(first.extractors()).extracting(e -> e.ref().name()).containsExactly("statements", "quotes");
        assertThat(ExecutorResources.of(otherJob)).isNotSameAs(first);
    }

    private static JobSettings settings(String database, Map<String, String> extractorSettings) {
        return new JobSettings(
                database,
                "postgres",
                null,
                null,
                "files",
                null,
                5_242_880,
                Map.of(),
                500,
                extractorSettings,
                List.of(),
                null,
                false,
                false);
    }
}
