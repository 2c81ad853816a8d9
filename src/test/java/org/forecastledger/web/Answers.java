package org.forecastledger.web;

import io.restassured.response.Response;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks an answer against its route's contract: the exact status, and for a refused API input, the problem named. */
public final class Answers {

    private Answers() {
    }

    /** The answer has exactly this status; the message shows the input and the start of the answer. */
    public static void hasStatus(Response response, int status, String input) {
        assertThat(response.statusCode()).as("%s answered %s", input, shortly(response.asString())).isEqualTo(status);
    }

    /** A 400 problem+json that names {@code field} among its errors. */
    public static void namesField(Response response, String field, String input) {
        hasStatus(response, 400, input);
        assertThat(response.contentType()).as(input).startsWith(Problem.MEDIA_TYPE);
        assertThat(response.jsonPath().getList("errors.field", String.class)).as(input).contains(field);
    }

    /** A 400 problem+json naming what is wrong with the body: an offending field, or the JSON that would not parse. */
    public static void refusesBody(Response response, String input) {
        hasStatus(response, 400, input);
        assertThat(response.contentType()).as(input).startsWith(Problem.MEDIA_TYPE);
        List<String> fields = response.jsonPath().getList("errors.field", String.class);
        if (fields == null || fields.isEmpty()) {
            assertThat(response.jsonPath().getString("detail")).as(input).contains("not valid JSON");
        } else {
            assertThat(fields).as(input).allSatisfy(field -> assertThat(field).isNotBlank());
        }
    }

    /** The first 60 characters, for messages. */
    public static String shortly(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
