package org.forecastledger.verdict;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.forecastledger.claim.Claim;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class VerdictServiceTest {

    private static final String CLAIM = "alpha-talks-resume";

    @Inject
    VerdictService verdicts;

    private static NewVerdict pending(String rationale) {
        return new NewVerdict(VerdictStatus.PENDING, LocalDate.of(2026, 11, 22), rationale, List.of());
    }

    @Test
    void staleRevisionIsRejectedAndNothingIsWritten() {
        int current = QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(CLAIM).revision);
        long revisions = VerdictRevision.count();

        assertThatThrownBy(() -> verdicts.append(CLAIM, pending("late"), Decider.reviewer("sam"), current - 1))
                .isInstanceOf(StaleRevisionException.class)
                .hasMessage("Claim '" + CLAIM + "' is at revision " + current + ", not " + (current - 1)
                        + ": somebody recorded a newer verdict. Reload it, then decide again.");
        assertThat(VerdictRevision.count()).isEqualTo(revisions);
    }

    @Test
    void appendAddsTheNextRevisionAndMovesTheClaimsStatus() {
        int current = QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(CLAIM).revision);

        VerdictRevision added = verdicts.append(CLAIM, pending("on time"), Decider.reviewer("sam"), current)
                .orElseThrow();

        assertThat(added.number).isEqualTo(current + 1);
        Claim claim = QuarkusTransaction.requiringNew().call(() -> Claim.findById(CLAIM));
        assertThat(claim.revision).isEqualTo(current + 1);
        assertThat(claim.status).isEqualTo(VerdictStatus.PENDING);
        assertThat(VerdictRevision.history(CLAIM).get(0).rationale).isEqualTo("on time");
    }

    @Test
    void unknownClaimGivesNothing() {
        assertThat(verdicts.append("nope", pending("x"), Decider.reviewer("sam"), 0)).isEmpty();
    }
}
