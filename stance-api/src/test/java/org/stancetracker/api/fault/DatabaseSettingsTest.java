package org.stancetracker.api.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.stancetracker.api.SampleCorpusDatabase;

/** The pool's connections carry the documented timeouts: a statement's, and the socket's for a database gone silent. */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class DatabaseSettingsTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void every_connection_has_a_statement_timeout_and_a_socket_timeout() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SHOW statement_timeout")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("30s");
            assertThat(connection.getNetworkTimeout()).as("socket timeout, ms").isEqualTo(40_000);
        }
        assertThat(dataSource.getConfiguration().connectionPoolConfiguration().maxSize())
                .isEqualTo(16);
        assertThat(dataSource.getConfiguration().connectionPoolConfiguration().acquisitionTimeout())
                .hasSeconds(5);
    }
}
