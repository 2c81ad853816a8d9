package org.forecastledger.scoring;

import jakarta.annotation.security.PermitAll;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.forecastledger.claim.ClaimFilter;
import org.forecastledger.claim.ClaimService;
import org.forecastledger.claim.ClaimView;
import org.forecastledger.verdict.VerdictStatus;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The track-record page: per year, per document, per predictor, with calibration and the unresolved listed. */
@PermitAll
@Path("/scores")
@Produces(MediaType.TEXT_HTML)
public class ScoresResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scores(Scores scores, CalibrationChart chart, List<VerdictStatus> statuses,
                Map<String, ClaimView> claims);
    }

    @Inject
    ScoreService scoreService;

    @Inject
    ClaimService claimService;

    @GET
    public TemplateInstance scores() {
        Scores scores = scoreService.scores();
        Map<String, ClaimView> claims = claimService.list(ClaimFilter.NONE).stream()
                .collect(Collectors.toMap(ClaimView::id, Function.identity()));
        return Templates.scores(scores, CalibrationChart.of(scores.overall().calibration()),
                List.of(VerdictStatus.values()), claims);
    }
}
