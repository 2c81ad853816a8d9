package org.forecastledger.ingest;

import org.forecastledger.document.DocumentKind;
import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.web.Fields;
import org.forecastledger.web.Problem.FieldError;

import java.time.LocalDate;
import java.util.List;

/** The metadata of an upload as typed (form or multipart fields), checked field by field. */
public record UploadRequest(String title, String author, String outlet, String publishedOn, String kind,
        String year) {

    /** The metadata, valid. */
    public record Metadata(String title, String author, String outlet, LocalDate publishedOn, DocumentKind kind,
            int year) {
    }

    /** Every problem with the metadata, each naming its field; empty when all is well. */
    List<FieldError> problems() {
        Fields fields = new Fields();
        check(fields);
        return fields.errors();
    }

    /** The valid metadata; call only when {@link #problems()} is empty. */
    Metadata metadata() {
        return check(new Fields());
    }

    private Metadata check(Fields fields) {
        String checkedTitle = fields.required("title", title, 300);
        String checkedAuthor = fields.required("author", author, 200);
        String checkedOutlet = fields.required("outlet", outlet, 300);
        LocalDate date = fields.date("publishedOn", publishedOn, NewVerdict.EARLIEST, NewVerdict.LATEST);
        DocumentKind checkedKind = fields.choice("kind", kind, DocumentKind.class);
        Integer checkedYear = fields.number("year", year, 1900, 2100);
        return fields.ok() ? new Metadata(checkedTitle, checkedAuthor, checkedOutlet, date, checkedKind, checkedYear)
                : null;
    }
}
