package org.forecastledger.faults;

import org.forecastledger.faults.PackagedApp.StoredRevision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What an intact ledger looks like in the database: per claim, revisions 1..n with no gap, each superseding the one before. */
final class LedgerIntegrity {

    private LedgerIntegrity() {
    }

    static void assertIntact(List<StoredRevision> revisions, List<String[]> claims) {
        Map<String, List<StoredRevision>> byClaim = revisions.stream()
                .collect(Collectors.groupingBy(StoredRevision::claimId));
        List<String> problems = new ArrayList<>();
        byClaim.forEach((claim, chain) -> {
            for (int i = 0; i < chain.size(); i++) {
                StoredRevision revision = chain.get(i);
                if (revision.number() != i + 1) {
                    problems.add(claim + ": revision " + (i + 1) + " missing (found " + revision.number() + ")");
                    break;
                }
                Long expected = i == 0 ? null : chain.get(i - 1).id();
                if (!java.util.Objects.equals(revision.supersedesId(), expected)) {
                    problems.add(claim + ": revision " + revision.number() + " supersedes " + revision.supersedesId()
                            + ", not the previous revision " + expected);
                }
            }
        });
        for (String[] claim : claims) {
            List<StoredRevision> chain = byClaim.getOrDefault(claim[0], List.of());
            int newest = chain.isEmpty() ? 0 : chain.get(chain.size() - 1).number();
            if (Integer.parseInt(claim[1]) != newest) {
                problems.add(claim[0] + ": the claim says revision " + claim[1] + ", its newest revision is " + newest);
            } else if (!chain.isEmpty() && !chain.get(chain.size() - 1).status().equals(claim[2])) {
                problems.add(claim[0] + ": the claim's status " + claim[2] + " is not its newest verdict's");
            }
        }
        assertThat(problems).as("ledger integrity").isEmpty();
    }
}
