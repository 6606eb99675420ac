package org.stancetracker.api.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stancetracker.api.SampleCorpusDatabase;

/**
 * Every date a query may name lies in 1900-01-01 … 2100-12-31, as stored articles' days do: any other
 * day, however it is written, is a 400 problem naming the parameter, never a 500 from Java's date
 * arithmetic or PostgreSQL's date range.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class QueryDatesTest {
    /** Each date parameter of each read endpoint. */
    private static final String ENDPOINTS = """
            /api/topics/idlib/timeline from
            /api/topics/idlib/timeline to
            /api/topics/idlib/shifts from
            /api/topics/idlib/shifts to
            /api/topics/idlib/standings date
            /api/stances from
            /api/stances to""";

    @ParameterizedTest(name = "{0}?{1}={2}")
    @CsvSource(
            delimiter = ' ',
            value = {
                "/api/topics/idlib/timeline to +999999999-12-31",
                "/api/topics/idlib/timeline from -999999999-01-01",
                "/api/topics/idlib/timeline from 1899-12-31",
                "/api/topics/idlib/shifts to +999999999-12-31",
                "/api/topics/idlib/shifts from -0001-06-01",
                "/api/topics/idlib/standings date +999999999-01-01",
                "/api/topics/idlib/standings date 2101-01-01",
                "/api/stances to -4714-01-01",
                "/api/stances from +10000-01-01",
            })
    void a_day_outside_the_years_of_news_is_a_400_naming_the_parameter(String path, String parameter, String day) {
        given().queryParam(parameter, day)
                .when()
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", equalTo(parameter))
                .body("detail", containsString("1900-01-01"))
                .body("detail", containsString("2100-12-31"));
    }

    @ParameterizedTest(name = "{0}?{1}")
    @CsvSource(delimiter = ' ', textBlock = ENDPOINTS)
    void the_first_and_last_days_are_answered(String path, String parameter) {
        given().queryParam(parameter, "1900-01-01").when().get(path).then().statusCode(200);
        given().queryParam(parameter, "2100-12-31").when().get(path).then().statusCode(200);
    }
}
