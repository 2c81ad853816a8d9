package org.forecastledger.backup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.forecastledger.account.TestAccounts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** GET /api/backup: facilitators only; the whole ledger, every table, password hashes only when asked for. */
@QuarkusTest
class BackupApiResourceTest {

    @Test
    void onlyFacilitatorsGetABackup() {
        given().get("/api/backup").then().statusCode(401);
        TestAccounts.asViewer().get("/api/backup").then().statusCode(403);
        TestAccounts.asReviewer().get("/api/backup").then().statusCode(403);
    }

    @Test
    void theBackupHoldsEveryTableOfTheLedgerWithoutPasswordHashes() {
        JsonPath backup = TestAccounts.asFacilitator().get("/api/backup").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=\"forecast-ledger-backup-"))
                .header("Cache-Control", equalTo("no-store"))
                .body("format", equalTo("forecast-ledger-backup")).body("formatVersion", equalTo(1))
                .body("passwordHashes", equalTo(false))
                .extract().jsonPath();
        assertThat(backup.getString("schemaVersion")).matches("\\d+(\\.\\d+)*");
        assertThat(backup.getMap("tables").keySet()).contains("document", "theme", "claim", "claim_link",
                "verdict_revision", "evidence", "health_exception", "app_user", "cluster_event")
                .doesNotContain("flyway_schema_history", "app_secret", "cluster_lock");
        assertThat(backup.getList("tables.claim.rows")).hasSize(3);
        List<String> accountColumns = backup.getList("tables.app_user.columns");
        int hash = accountColumns.indexOf("password_hash");
        assertThat(hash).isNotNegative();
        List<List<Object>> accounts = backup.getList("tables.app_user.rows");
        assertThat(accounts).isNotEmpty().allSatisfy(row -> assertThat(row.get(hash)).isNull());
        List<String> revisionColumns = backup.getList("tables.verdict_revision.columns");
        assertThat(revisionColumns).contains("claim_id", "number", "status", "rationale", "decided_at", "supersedes_id");
    }

    @Test
    void passwordHashesOnlyWhenAskedFor() {
        JsonPath backup = TestAccounts.asFacilitator().queryParam("includePasswordHashes", true).get("/api/backup")
                .then().statusCode(200).body("passwordHashes", equalTo(true)).extract().jsonPath();
        int hash = backup.getList("tables.app_user.columns").indexOf("password_hash");
        List<List<Object>> accounts = backup.getList("tables.app_user.rows");
        assertThat(accounts).isNotEmpty().allSatisfy(row -> assertThat((String) row.get(hash)).startsWith("$2"));
    }
}
