package org.forecastledger.ingest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.forecastledger.account.CurrentUser;
import org.forecastledger.document.DocumentSection;

import java.util.Optional;

/** Below an uploaded document's text, for reviewers: the review of its suggested forecasts. */
@RequestScoped
public class SuggestionsSection implements DocumentSection {

    @CheckedTemplate(basePath = "tags")
    static class Templates {
        static native TemplateInstance reviewPanel(ReviewPanel panel);
    }

    @Inject
    SuggestionService suggestions;

    @Inject
    CurrentUser me;

    @Override
    public Optional<RawString> render(String documentId) {
        if (!me.isReviewer()) {
            return Optional.empty();
        }
        // the template escapes every value it prints; what it renders is markup
        return suggestions.panel(documentId).map(panel -> new RawString(Templates.reviewPanel(panel).render()));
    }
}
