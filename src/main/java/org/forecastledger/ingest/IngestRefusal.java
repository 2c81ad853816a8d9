package org.forecastledger.ingest;

/**
 * A well-formed request the ingest rules refuse: a document already held (409), a file over the size limit (413),
 * a suggestion already decided (409). Answered as problem+json under /api and as an error page elsewhere.
 */
public class IngestRefusal extends RuntimeException {

    public final int status;
    public final String title;
    public final String field;

    public IngestRefusal(int status, String title, String field, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.field = field;
    }
}
