package org.stancetracker.api.fault;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.reference.ReferenceDataLoader;

/**
 * The database dies under the API (its postmaster killed): every request that needs it answers 503
 * problem+json with Retry-After, quickly, never 500; health says the database is down. Then serve's
 * watchdog starts it again and the API answers as before (before, it was a 503 until a restart by hand).
 */
@QuarkusTest
@TestProfile(DatabaseFaultTest.OwnDatabase.class)
class DatabaseFaultTest {
    /** Its own embedded database, which the test kills; none of the other tests' resources. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KillableDatabase.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /** An embedded PostgreSQL in a fresh home, migrated, with the reference data and no article. */
    public static class KillableDatabase implements QuarkusTestResourceLifecycleManager {
        static Path home;
        static Database database;

        @Override
        public Map<String, String> start() {
            try {
                home = Files.createTempDirectory("stance-fault-test");
                database = Database.open(DatabaseSettings.embeddedAt(home));
                database.migrate();
                new ReferenceDataLoader(database.dataSource()).load(ReferenceDataFile.bundled());
                return Map.of(
                        "quarkus.datasource.jdbc.url",
                        database.url(),
                        "quarkus.datasource.username",
                        database.user(),
                        "quarkus.datasource.password",
                        database.password(),
                        "quarkus.datasource.jdbc.acquisition-timeout",
                        "2S");
            } catch (IOException | java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void stop() {
            try {
                database.close();
            } catch (RuntimeException e) {
                // Already killed by the test: nothing left to stop.
            }
        }

        static void kill() throws IOException, InterruptedException {
            long pid = Long.parseLong(Files.readAllLines(home.resolve("pgdata/postmaster.pid"))
                    .get(0)
                    .strip());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            postmaster.destroyForcibly();
            postmaster.onExit().join();
            // Its backends die with it: PostgreSQL's children notice the postmaster is gone.
            Thread.sleep(500);
        }
    }

    @Test
    void while_the_database_is_gone_every_request_is_a_503_with_retry_after_and_health_says_down() throws Exception {
        given().when().get("/api/stances").then().statusCode(200);
        KillableDatabase.kill();
        for (String path : List.of(
                "/api/stances", "/api/articles/1", "/api/topics/idlib/timeline", "/api/topics/idlib/standings")) {
            long started = System.nanoTime();
            Response response = given().when().get(path);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(response.statusCode())
                    .as("%s: %s", path, response.asString())
                    .isEqualTo(503);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("Retry-After")).isEqualTo("5");
            assertThat(response.jsonPath().getString("type")).isEqualTo("/problems/database-unavailable");
            assertThat(millis).as(path + " answered in ms").isLessThan(15_000);
        }
        given().when().get("/q/health").then().statusCode(503).body("status", equalTo("DOWN"));

        // serve's watchdog (started later here, so that the 503s above were seen) starts it again on its
        // port, and the API answers again within seconds, with no restart of its own.
        long killedAt = System.nanoTime();
        KillableDatabase.database.keepEmbeddedServerRunning(java.time.Duration.ofMillis(500));
        int status = 0;
        while (status != 200 && System.nanoTime() - killedAt < 60_000_000_000L) {
            Thread.sleep(250);
            status = given().when().get("/api/stances").statusCode();
        }
        assertThat(status).as("answers again after the restart").isEqualTo(200);
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/api/topics/idlib/standings").then().statusCode(200);
    }
}
