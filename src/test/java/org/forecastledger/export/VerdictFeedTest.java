package org.forecastledger.export;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.forecastledger.account.Role;
import org.forecastledger.verdict.VerdictStatus;
import org.forecastledger.account.TestAccounts;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class VerdictFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void feedListsVerdictChangesNewestFirstAsValidAtom() throws Exception {
        String claim = "beta-sanctions-stay";
        int revision = given().get("/api/claims/" + claim).then().extract().path("revision");
        String status = given().get("/api/claims/" + claim).then().extract().path("status");
        // the same status and evidence again, with a new rationale: other tests count the fixture's statuses
        java.util.Map<String, Object> current = given().get("/api/claims/" + claim).then().extract().jsonPath()
                .getMap("");
        TestAccounts.as(TestAccounts.ensure("fiona", Role.REVIEWER)).contentType(ContentType.JSON)
                .body(java.util.Map.of("status", status, "asOf", "2026-11-30", "expectedRevision", revision,
                        "rationale", "Re-opened <script>alert('feed')</script> & checked",
                        "evidence", current.get("evidence")))
                .post("/api/claims/" + claim + "/verdicts").then().statusCode(201);

        byte[] body = given().get("/feed.atom").then().statusCode(200)
                .contentType("application/atom+xml").extract().asByteArray();
        assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("<script>");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(child(root, "id")).isEqualTo("https://ledger.example.org/feed.atom");
        assertThat(child(root, "title")).isNotBlank();
        Instant.parse(child(root, "updated"));

        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isGreaterThanOrEqualTo(4);
        Element newest = (Element) entries.item(0);
        assertThat(child(newest, "title")).isEqualTo("Sanctions will stay in place. — "
                + VerdictStatus.valueOf(status).label + " (unchanged; new reasoning or evidence)");
        assertThat(((Element) newest.getElementsByTagNameNS(ATOM, "author").item(0)).getTextContent().trim())
                .isEqualTo("fiona");
        assertThat(child(newest, "content")).contains("Re-opened <script>alert('feed')</script> & checked",
                "decided by fiona");
        assertThat(child(newest, "id")).isEqualTo("https://ledger.example.org/api/claims/" + claim + "/verdicts/"
                + (revision + 1));
        Element link = (Element) newest.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(link.getAttribute("href")).isEqualTo("https://ledger.example.org/claims/" + claim);
        Instant previous = Instant.MAX;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(child(entry, "id")).isNotBlank();
            Instant updated = Instant.parse(child(entry, "updated"));
            assertThat(updated).isBeforeOrEqualTo(previous);
            previous = updated;
        }
        assertThat(child(root, "updated")).isEqualTo(child(newest, "updated"));
        given().get("/").then().statusCode(200).body(org.hamcrest.Matchers.containsString(
                "<link rel=\"alternate\" type=\"application/atom+xml\""));
        // back to the status it had, with its evidence: other tests count the fixture's statuses
        Map<String, Object> before = given().get("/api/claims/" + claim + "/verdicts/" + revision).then()
                .extract().jsonPath().getMap("");
        TestAccounts.as("fiona").contentType(ContentType.JSON).body(Map.of("status", status, "asOf",
                before.get("asOf"), "rationale", before.get("rationale"), "expectedRevision", revision + 1,
                "evidence", before.get("evidence"))).post("/api/claims/" + claim + "/verdicts").then().statusCode(201);
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        assertThat(nodes.getLength()).as(name).isGreaterThan(0);
        return nodes.item(0).getTextContent().trim();
    }
}
