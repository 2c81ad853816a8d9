package org.forecastledger.comparison;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The cross-year themes as JSON. */
@PermitAll
@Path("/api/themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Themes")
public class ThemeApiResource {

    @Inject
    ThemeService themes;

    @GET
    @Operation(summary = "The themes that group the rows of the comparison, in row order, with claim counts and years")
    public List<ThemeView> list() {
        return themes.list();
    }
}
