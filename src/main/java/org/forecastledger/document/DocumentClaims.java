package org.forecastledger.document;

import org.forecastledger.document.DocumentRenderer.Mark;

import java.util.List;
import java.util.Map;

/** What the document pages need of the claims made from documents; the claim package answers. */
public interface DocumentClaims {

    /** Live (not retired) claims per document id. */
    Map<String, Long> countsByDocument();

    long count(String documentId);

    /** The live claims of one document as highlights of its text, in the order of their quotes. */
    List<Mark> marks(String documentId);
}
