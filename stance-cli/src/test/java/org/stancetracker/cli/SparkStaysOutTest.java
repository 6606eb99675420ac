package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Spark and Hadoop belong to the Spark job's module only: the `./stance` class path does not carry them. */
class SparkStaysOutTest {
    @Test
    void neither_spark_nor_hadoop_is_on_the_command_line_tools_class_path() {
        assertThatThrownBy(() -> Class.forName("org.apache.spark.SparkContext"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.apache.hadoop.fs.FileSystem"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
