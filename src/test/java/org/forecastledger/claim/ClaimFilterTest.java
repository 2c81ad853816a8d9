package org.forecastledger.claim;

import org.forecastledger.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimFilterTest {

    @Test
    void aCellsLinkKeepsTheFilterAndNarrowsToItsThemeAndYear() {
        assertThat(ClaimFilter.NONE.claimsLink("arms-control", 2021)).isEqualTo("/claims?theme=arms-control&year=2021");
        ClaimFilter filter = new ClaimFilter(null, null, VerdictStatus.FAILED, "doc-1", "A & B", "new start?",
                LocalDate.of(2026, 1, 2), true, true);
        assertThat(filter.claimsLink("arms-control", 2024)).isEqualTo("/claims?theme=arms-control&year=2024"
                + "&status=FAILED&document=doc-1&attributedTo=A+%26+B&q=new+start%3F&changedSince=2026-01-02"
                + "&due=true&health=true");
    }

    @Test
    void namedFiltersSetOnlyTheirOwnCondition() {
        assertThat(ClaimFilter.theme("arms-control"))
                .isEqualTo(new ClaimFilter(null, "arms-control", null, null, null, null, null, false, false));
        assertThat(ClaimFilter.dueForReview())
                .isEqualTo(new ClaimFilter(null, null, null, null, null, null, null, true, false));
    }

    @Test
    void onlyTheFilterWithoutAnyConditionIsEmpty() {
        assertThat(ClaimFilter.NONE.isEmpty()).isTrue();
        assertThat(new ClaimFilter(null, null, null, null, null, null, null, false, false).isEmpty()).isTrue();
        assertThat(ClaimFilter.theme("arms-control").isEmpty()).isFalse();
        assertThat(ClaimFilter.dueForReview().isEmpty()).isFalse();
        assertThat(new ClaimFilter(null, null, null, null, null, null, null, false, true).isEmpty()).isFalse();
    }
}
