package org.forecastledger.review;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.forecastledger.LedgerClock;
import org.forecastledger.account.CurrentUser;
import org.forecastledger.claim.ClaimService;
import org.forecastledger.claim.ClaimView;
import org.forecastledger.review.SessionView.ItemView;
import org.forecastledger.verdict.VerdictForm;
import org.forecastledger.verdict.VerdictStatus;
import org.forecastledger.web.NotFoundProblem;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders one session's page for the person asking: the item forms their role allows, filled as they stand. */
@RequestScoped
public class SessionPage {

    @Inject
    SessionViews views;

    @Inject
    ClaimService claims;

    @Inject
    CurrentUser me;

    @Inject
    LedgerClock clock;

    /** The session page, with the state of one item's forms after a refused write. */
    TemplateInstance page(long sessionId, ItemForms forms) {
        SessionView session = views.view(sessionId, me.getName())
                .orElseThrow(() -> new NotFoundProblem("review session", String.valueOf(sessionId)));
        Map<String, VerdictForm> decisions = new HashMap<>();
        Map<String, VoteRequest> ballots = new HashMap<>();
        LocalDate today = clock.today();
        for (ItemView item : session.items()) {
            if (forms.isFor(item.claimId()) && forms.vote() != null) {
                ballots.put(item.claimId(), forms.vote());
            } else if (item.yourVote() != null) {
                ballots.put(item.claimId(), new VoteRequest(item.yourVote().status().name(),
                        item.yourVote().confidence(), item.yourVote().note(), item.yourVote().evidence()));
            } else {
                ballots.put(item.claimId(), new VoteRequest("", "medium", "", ""));
            }
            if (forms.isFor(item.claimId()) && forms.decision() != null) {
                decisions.put(item.claimId(), forms.decision());
            } else if ("REVEALED".equals(item.phase()) && me.isFacilitator()) {
                ClaimView claim = claims.find(item.claimId()).orElseThrow();
                decisions.put(item.claimId(), claim.verdictForm(today).expecting(item.previousRevision()));
            }
        }
        boolean joined = session.participants().stream().anyMatch(p -> p.username().equals(me.getName()));
        return ReviewResource.Templates.session(session, forms, decisions, ballots, joined, List.of(VerdictStatus.values()));
    }

}
