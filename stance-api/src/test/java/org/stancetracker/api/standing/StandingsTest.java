package org.stancetracker.api.standing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.stancetracker.api.SampleCorpusDatabase;

/**
 * Standings on the sample corpus plus the three Russia reports: opposed to an Idlib offensive from
 * the Sochi deal (17 September 2018), in support again from the bombardment of March 2019.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class StandingsTest {
    @Test
    void standings_give_the_latest_stance_as_of_a_date() {
        given().queryParam("date", "2018-09-20")
                .queryParam("actor", "RUS")
                .when()
                .get("/api/topics/idlib/standings")
                .then()
                .statusCode(200)
                .body("date", equalTo("2018-09-20"))
                .body("standings.find { it.position == 'offensive' }.stance", equalTo("oppose"))
                .body("standings.find { it.position == 'offensive' }.since", equalTo("2018-09-17"))
                .body("standings.find { it.position == 'offensive' }.evidence.quote", everyItem(not(equalTo(""))));
        given().queryParam("date", "2019-06-01")
                .queryParam("actor", "RUS")
                .when()
                .get("/api/topics/idlib/standings")
                .then()
                .statusCode(200)
                .body("standings.find { it.position == 'offensive' }.stance", equalTo("support"))
                .body("standings.find { it.position == 'offensive' }.since", containsString("2019-03"));
        given().queryParam("date", "2018-01-01")
                .when()
                .get("/api/topics/idlib/standings")
                .then()
                .statusCode(200)
                .body("standings", hasSize(0));
    }

    @Test
    void bad_parameters_are_problems() {
        given().queryParam("date", "yesterday")
                .when()
                .get("/api/topics/idlib/standings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", equalTo("date"));
        given().when()
                .get("/api/topics/atlantis/standings")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("parameter", equalTo("topic"));
    }
}
