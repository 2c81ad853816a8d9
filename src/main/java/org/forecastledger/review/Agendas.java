package org.forecastledger.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.forecastledger.claim.Claim;
import org.forecastledger.claim.ClaimService;
import org.forecastledger.claim.ClaimView;
import org.forecastledger.review.SessionRequest.Agenda;
import org.forecastledger.web.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** The claims an agenda names: the listed ids (each must exist and not be retired) or those the filter matches. */
@ApplicationScoped
public class Agendas {

    @Inject
    ClaimService claims;

    /** Called inside the session-opening transaction. */
    List<Claim> claims(Agenda agenda) {
        List<Claim> chosen = new ArrayList<>();
        if (agenda.filter() == null) {
            for (int i = 0; i < agenda.claimIds().size(); i++) {
                Claim claim = Claim.findById(agenda.claimIds().get(i));
                if (claim == null || claim.retired) {
                    throw new InvalidInputException("claimIds[" + i + "]", "no claim with id '"
                            + Text.shorten(agenda.claimIds().get(i), 60) + "'");
                }
                chosen.add(claim);
            }
            return chosen;
        }
        List<ClaimView> matching = claims.list(agenda.filter());
        if (matching.isEmpty()) {
            throw new InvalidInputException("filter", "no claim matches this filter: the agenda would be empty");
        }
        if (matching.size() > SessionRequest.MAX_ITEMS) {
            throw new InvalidInputException("filter", matching.size() + " claims match; an agenda holds at most "
                    + SessionRequest.MAX_ITEMS + ": narrow the filter");
        }
        matching.forEach(view -> chosen.add(Claim.findById(view.id())));
        return chosen;
    }
}
