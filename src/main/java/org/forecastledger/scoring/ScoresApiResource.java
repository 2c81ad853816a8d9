package org.forecastledger.scoring;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Track records as JSON. */
@PermitAll
@Path("/api/scores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scores")
public class ScoresApiResource {

    @Inject
    ScoreService scores;

    @GET
    @Operation(summary = "Track records overall, per year, per document and per predictor: counts, hit rate "
            + "(partly held = ½) with Wilson 95 % interval, Brier score with Murphy decomposition, calibration, "
            + "and the ids of unresolved claims")
    public Scores get() {
        return scores.scores();
    }
}
