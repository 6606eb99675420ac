package org.stancetracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class TimelineResourceTest {
    @Test
    void the_timeline_shows_the_sample_corpus_stances_per_actor_and_position() {
        given().when().get("/api/topics/idlib/timeline")
                .then().statusCode(200)
                .body("topic", equalTo("idlib"))
                .body("granularity", equalTo("day"))
                .body("series.actor", hasItems("TUR", "RUS"))
                .body("series.find { it.actor == 'TUR' && it.position == 'ceasefire' }.points.period", hasItem("2018-09-07"))
                .body("series.find { it.actor == 'TUR' && it.position == 'ceasefire' }.points[0].stance", equalTo("support"))
                .body("series.points.flatten().net", everyItem(greaterThanOrEqualTo(-1.0f)))
                .body("series.points.flatten().net", everyItem(lessThanOrEqualTo(1.0f)));
    }

    @Test
    void filters_narrow_the_timeline() {
        given().queryParam("actor", "TUR").queryParam("granularity", "month")
                .when().get("/api/topics/idlib/timeline")
                .then().statusCode(200)
                .body("series.actor", everyItem(equalTo("TUR")))
                .body("series.points.flatten().period", everyItem(equalTo("2018-09-01")));
        given().queryParam("from", "2020-01-01")
                .when().get("/api/topics/idlib/timeline")
                .then().statusCode(200)
                .body("series.size()", equalTo(0));
    }

    @Test
    void an_unknown_topic_is_a_404_problem() {
        given().when().get("/api/topics/atlantis/timeline")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("parameter", equalTo("topic"));
    }

    @Test
    void malformed_parameters_are_400_problems_naming_the_parameter() {
        given().queryParam("from", "07/09/2018").when().get("/api/topics/idlib/timeline")
                .then().statusCode(400).contentType("application/problem+json").body("parameter", equalTo("from"));
        given().queryParam("from", "2019-01-01").queryParam("to", "2018-01-01").when().get("/api/topics/idlib/timeline")
                .then().statusCode(400).body("parameter", equalTo("from"));
        given().queryParam("granularity", "year").when().get("/api/topics/idlib/timeline")
                .then().statusCode(400).body("parameter", equalTo("granularity"));
    }
}
