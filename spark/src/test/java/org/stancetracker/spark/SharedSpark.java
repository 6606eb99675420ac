package org.stancetracker.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of this module's tests (starting Spark takes seconds; a JVM holds one
 * context). {@code local[2,3]}: two task threads, and a task may fail twice before the job fails,
 * so that a failed task is retried as on a cluster (plain {@code local[2]} never retries). FAIR
 * scheduling, so that two jobs submitted at once run their tasks side by side.
 */
final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {}

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2,3]")
                    .appName("stance-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.scheduler.mode", "FAIR")
                    // Asked for as a cluster would have it; Spark itself never speculates with a local master,
                    // so SparkDuplicateAttemptsTest races the copies of each task itself.
                    .config("spark.speculation", "true")
                    .getOrCreate();
        }
        return session;
    }
}
