package org.forecastledger.document;

import io.quarkus.qute.RawString;

import java.util.Optional;

/**
 * A section that a feature adds below a document's text for the person viewing it (ingest: the review of an
 * uploaded document's suggested forecasts). The HTML comes from the feature's own template, escaped there.
 */
public interface DocumentSection {

    Optional<RawString> render(String documentId);
}
