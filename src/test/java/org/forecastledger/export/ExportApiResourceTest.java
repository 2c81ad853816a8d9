package org.forecastledger.export;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ExportApiResourceTest {

    /** A strict RFC 4180 reader: fields split on commas, quoted fields may hold commas, quotes and CRLF. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertThat(field).as("a quote may only open a field").isEmpty();
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertThat(text.charAt(i + 1)).as("CR only as part of CRLF").isEqualTo('\n');
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("bare LF outside quotes").isNotEqualTo('\n');
                field.append(c);
            }
        }
        assertThat(quoted).isFalse();
        assertThat(field).isEmpty();
        return rows;
    }

    @Test
    void csvIsRfc4180WithOneRowPerClaim() {
        String csv = given().get("/api/export/claims.csv").then()
                .statusCode(200)
                .contentType("text/csv; charset=utf-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"forecast-ledger-claims.csv\"")
                .extract().asString();
        List<List<String>> rows = parseCsv(csv);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("id", "document_id", "document_title", "year", "theme", "status");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(27));
        List<String> treaty = rows.get(1);
        assertThat(treaty.get(0)).isEqualTo("alpha-treaty-extended");
        assertThat(treaty.get(rows.get(0).indexOf("evidence_count"))).isEqualTo("1");
        assertThat(treaty.get(rows.get(0).indexOf("evidence")))
                .isEqualTo("2021-02-03: The treaty was extended for five years. (Test gazette, https://example.org/treaty)");
        assertThat(treaty.get(rows.get(0).indexOf("links"))).isEqualTo("CONTRADICTS beta-sanctions-stay");
        assertThat(ClaimCsv.field("say \"hi\", then\nleave")).isEqualTo("\"say \"\"hi\"\", then\nleave\"");
        assertThat(ClaimCsv.field("-1 or =cmd")).isEqualTo("'-1 or =cmd");
        assertThat(ClaimCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void jsonExportHoldsEveryClaimWithHistory() {
        given().get("/api/export/claims.json").then()
                .statusCode(200)
                .body("count", equalTo(3))
                .body("claims", hasSize(3))
                .body("claims[0].id", equalTo("alpha-treaty-extended"))
                .body("claims[0].history[-1].number", equalTo(1));
    }

    @Test
    void claimReviewHasTheSchemaOrgShape() {
        // other tests record verdicts on this claim: the review is dated by its current verdict
        String asOf = given().get("/api/claims/beta-sanctions-stay").then().extract().path("asOf");
        Map<String, Object> review = given().get("/api/claims/beta-sanctions-stay/claimreview").then()
                .statusCode(200).contentType("application/ld+json").extract().jsonPath().getMap("");
        assertThat(review).containsEntry("@context", "https://schema.org").containsEntry("@type", "ClaimReview")
                .containsEntry("claimReviewed", "Sanctions will stay in place.")
                .containsEntry("datePublished", asOf)
                .containsKeys("url", "author", "itemReviewed", "reviewRating");
        assertThat((String) review.get("url")).endsWith("/claims/beta-sanctions-stay");
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) review.get("itemReviewed");
        assertThat(item).containsEntry("@type", "Claim").containsEntry("datePublished", "2024-11-07");
        assertThat(item.get("author")).isEqualTo(Map.of("@type", "Person", "name", "Officials quoted by the report"));
        @SuppressWarnings("unchecked")
        Map<String, Object> rating = (Map<String, Object>) review.get("reviewRating");
        assertThat(rating).containsEntry("@type", "Rating").containsEntry("ratingValue", 1)
                .containsEntry("bestRating", 5).containsEntry("worstRating", 1)
                .containsEntry("alternateName", "Failed");

        given().get("/api/claims/alpha-talks-resume/claimreview").then()
                .body("reviewRating.alternateName", equalTo("Pending"))
                .body("reviewRating.ratingValue", equalTo(null));
        given().get("/api/export/claimreview.jsonld").then()
                .statusCode(200)
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@graph'", hasSize(3))
                .body("'@graph'[0].'@type'", equalTo("ClaimReview"));
    }

    @Test
    void annotationAnchorsTheQuoteByTextAndPosition() {
        String text = given().get("/api/documents/alpha").then().extract().path("text");
        Map<String, Object> annotation = given().get("/api/claims/alpha-treaty-extended/annotation").then()
                .statusCode(200).contentType("application/ld+json").extract().jsonPath().getMap("");
        assertThat(annotation).containsEntry("@context", "http://www.w3.org/ns/anno.jsonld")
                .containsEntry("type", "Annotation");
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) annotation.get("target");
        assertThat((String) target.get("source")).endsWith("/api/documents/alpha");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> selectors = (List<Map<String, Object>>) target.get("selector");
        Map<String, Object> quote = selectors.get(0);
        Map<String, Object> position = selectors.get(1);
        assertThat(quote).containsEntry("type", "TextQuoteSelector").containsEntry("exact", "the treaty will be extended");
        assertThat(position).containsEntry("type", "TextPositionSelector");
        // Web Annotation positions count code points; the fixture has an emoji (two UTF-16 units) before the quote.
        int start = text.offsetByCodePoints(0, (Integer) position.get("start"));
        int end = text.offsetByCodePoints(0, (Integer) position.get("end"));
        assertThat((Integer) position.get("start")).isEqualTo(text.lastIndexOf("the treaty will be extended") - 1);
        assertThat(text.substring(start, end)).isEqualTo("the treaty will be extended");
        assertThat(text.substring(0, start)).endsWith((String) quote.get("prefix"));
        assertThat(text.substring(end)).startsWith((String) quote.get("suffix"));
        assertThat((String) quote.get("prefix")).isEqualTo(text.substring(start - 32, start));
        given().get("/api/claims/none/annotation").then().statusCode(404).contentType("application/problem+json");
        given().header("Host", "elsewhere.example").get("/api/claims/alpha-treaty-extended/annotation").then()
                .body("target.source", equalTo("https://ledger.example.org/api/documents/alpha"));
    }

    @Test
    void exportsNameWhoDecidedAndKeepTypedMarkupAndFormulasInert() {
        String claim = "beta-sanctions-stay";
        Map<String, Object> current = given().get("/api/claims/" + claim).then().extract().jsonPath().getMap("");
        org.forecastledger.account.TestAccounts.as(org.forecastledger.account.TestAccounts.ensure("xena",
                        org.forecastledger.account.Role.REVIEWER))
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("status", current.get("status"), "asOf", "2026-11-30", "expectedRevision",
                        current.get("revision"), "evidence", current.get("evidence"),
                        "rationale", "=HYPERLINK(\"https://evil.example\",\"click\") <script>x</script>"))
                .post("/api/claims/" + claim + "/verdicts").then().statusCode(201);

        List<List<String>> rows = parseCsv(given().get("/api/export/claims.csv").asString());
        List<String> header = rows.get(0);
        List<String> row = rows.stream().filter(r -> r.get(0).equals(claim)).findFirst().orElseThrow();
        assertThat(row.get(header.indexOf("decided_by"))).isEqualTo("xena");
        assertThat(row.get(header.indexOf("decided_by_kind"))).isEqualTo("Reviewer");
        assertThat(row.get(header.indexOf("rationale"))).startsWith("'=HYPERLINK(");
        given().get("/api/export/claims.json").then().statusCode(200)
                .body("claims.find { it.id == 'beta-sanctions-stay' }.history[0].decidedBy", equalTo("xena"))
                .body("claims.find { it.id == 'beta-sanctions-stay' }.rationale",
                        equalTo("=HYPERLINK(\"https://evil.example\",\"click\") <script>x</script>"));
        given().get("/api/claims/" + claim).then().statusCode(200).body("decidedBy", equalTo("xena"))
                .body("history[0].decidedBy", equalTo("xena"));
        assertThat(given().get("/claims/" + claim).asString()).doesNotContain("<script>x</script>")
                .contains("&lt;script&gt;x&lt;/script&gt;");
    }
}
