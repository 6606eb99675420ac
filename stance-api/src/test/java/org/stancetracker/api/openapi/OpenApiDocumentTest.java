package org.stancetracker.api.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stancetracker.api.SampleCorpusDatabase;

/**
 * The OpenAPI document passes Spectral's {@code spectral:oas} rules (an operationId on every
 * operation, servers, a contact), tells the truth about the API key (a bearer token, not a JWT), and
 * documents every error each endpoint can answer, as problem+json.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTest {
    /** The errors each operation must document: what its parameters and body can go wrong with. */
    private static final Map<String, Set<String>> ERRORS = Map.ofEntries(
            Map.entry("get /api/topics", Set.of("400")),
            Map.entry("get /api/topics/{topic}", Set.of("400", "404")),
            Map.entry("get /api/actors", Set.of("400")),
            Map.entry("get /api/actors/{code}", Set.of("400", "404")),
            Map.entry("get /api/topics/{topic}/timeline", Set.of("400", "404")),
            Map.entry("get /api/topics/{topic}/shifts", Set.of("400", "404")),
            Map.entry("get /api/topics/{topic}/coverage", Set.of("400", "404")),
            Map.entry("get /api/topics/{topic}/standings", Set.of("400", "404")),
            Map.entry("get /api/stances", Set.of("400", "404")),
            Map.entry("get /api/articles/{id}", Set.of("400", "404")),
            Map.entry("get /api/articles/{source}/{externalId}", Set.of("400", "404")),
            Map.entry("post /api/articles", Set.of("400", "401", "403", "409", "413", "415")));

    private JsonNode document;

    @BeforeEach
    void read() throws Exception {
        document = new ObjectMapper()
                .readTree(given().accept("application/json")
                        .when()
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    @Test
    void every_operation_has_a_unique_operation_id() {
        Set<String> ids = new HashSet<>();
        for (Operation operation : operations()) {
            String id = operation.body().path("operationId").asText();
            assertThat(id).as("operationId of %s", operation.name()).isNotBlank();
            assertThat(ids.add(id)).as("operationId %s used twice", id).isTrue();
        }
        assertThat(ids).hasSize(ERRORS.size());
    }

    @Test
    void the_document_names_its_servers_and_a_contact() {
        assertThat(document.path("servers").isArray()).isTrue();
        assertThat(document.path("servers")).isNotEmpty();
        assertThat(document.path("servers").get(0).path("url").asText()).isNotBlank();
        assertThat(document.path("info").path("contact").isObject()).isTrue();
        assertThat(document.path("info").path("contact").path("name").asText()).isNotBlank();
    }

    @Test
    void the_server_is_relative_so_try_it_out_calls_the_port_the_page_came_from() {
        // An absolute URL such as http://localhost:8080 sent every call to that port, whatever --port said.
        assertThat(document.path("servers")).hasSize(1);
        assertThat(document.path("servers").get(0).path("url").asText()).isEqualTo("/");
    }

    @Test
    void the_api_key_is_a_bearer_token_not_a_jwt() {
        JsonNode scheme = document.path("components").path("securitySchemes").path("apiKey");
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        assertThat(scheme.has("bearerFormat")).as("bearerFormat").isFalse();
        assertThat(document.toString()).doesNotContain("JWT");
        assertThat(document.path("paths")
                        .path("/api/articles")
                        .path("post")
                        .path("security")
                        .get(0)
                        .has("apiKey"))
                .isTrue();
    }

    @Test
    void every_error_an_endpoint_can_answer_is_documented_as_problem_json() {
        JsonNode problem = document.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").path("type").isObject()).isTrue();
        assertThat(problem.path("properties").path("status").isObject()).isTrue();
        assertThat(problem.path("properties").path("parameter").isObject()).isTrue();
        for (Operation operation : operations()) {
            Set<String> documented = new HashSet<>();
            operation.body().path("responses").fieldNames().forEachRemaining(documented::add);
            assertThat(documented)
                    .as("responses of %s", operation.name())
                    .containsAll(ERRORS.get(operation.name()))
                    .contains("500", "503");
            assertThat(documented).as("a success of %s", operation.name()).anyMatch(code -> code.startsWith("2"));
            for (String code : documented) {
                if (code.startsWith("4") || code.startsWith("5")) {
                    JsonNode content =
                            operation.body().path("responses").path(code).path("content");
                    assertThat(content.path("application/problem+json")
                                    .path("schema")
                                    .path("$ref")
                                    .asText())
                            .as("%s %s", operation.name(), code)
                            .isEqualTo("#/components/schemas/Problem");
                    assertThat(content.size())
                            .as("%s %s has only problem+json", operation.name(), code)
                            .isEqualTo(1);
                }
            }
        }
    }

    private record Operation(String name, JsonNode body) {}

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fields()
                        .forEachRemaining(method -> operations.add(
                                new Operation(method.getKey() + " " + path.getKey(), method.getValue()))));
        assertThat(operations).extracting(Operation::name).containsExactlyInAnyOrderElementsOf(ERRORS.keySet());
        return operations;
    }
}
