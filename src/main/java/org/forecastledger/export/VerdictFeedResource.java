package org.forecastledger.export;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.UriInfo;
import org.forecastledger.web.PublicAddress;

import java.time.Instant;
import java.util.List;

/** Every verdict change as an Atom feed (RFC 4287), newest first, for feed readers and chat integrations. */
@PermitAll
@Path("/feed.atom")
public class VerdictFeedResource {

    public static final String ATOM = "application/atom+xml";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feed(List<VerdictChange> changes, String base, Instant updated);
    }

    @Inject
    VerdictFeed feed;

    @Inject
    PublicAddress address;

    @GET
    @Produces(ATOM + ";charset=UTF-8")
    public TemplateInstance atom(UriInfo uri) {
        List<VerdictChange> changes = feed.newest();
        String base = address.base(uri.getBaseUri()).toString().replaceAll("/+$", "");
        Instant updated = changes.isEmpty() ? Instant.EPOCH : changes.get(0).decidedAt();
        return Templates.feed(changes, base, updated);
    }
}
