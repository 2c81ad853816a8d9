package org.forecastledger.review;

import org.forecastledger.claim.ClaimFilter;
import org.forecastledger.claim.ClaimQuery;
import org.forecastledger.web.Fields;
import org.forecastledger.web.InvalidInputException;
import org.forecastledger.web.Problem.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A new session as a client sends it: a title and an agenda, either listed claim ids or a filter (the claim
 * filters of the table and the API). Checked here so that every bad field is named in one 400 answer.
 */
public record SessionRequest(String title, List<String> claimIds, FilterRequest filter) {

    static final int MAX_TITLE = 200;
    static final int MAX_ITEMS = 200;

    /** The claim filters an agenda may use; values as text, as a query string carries them. */
    public record FilterRequest(String status, String year, String theme, String document, String due,
            String health) {

        Map<String, String> given() {
            Map<String, String> given = new LinkedHashMap<>();
            given.put("status", status);
            given.put("year", year);
            given.put("theme", theme);
            given.put("document", document);
            given.put("due", due);
            given.put("health", health);
            given.values().removeIf(value -> value == null || value.isBlank());
            return given;
        }
    }

    /** A checked agenda: either the ids (in the order given, without repeats) or a filter with its description. */
    public record Agenda(String title, List<String> claimIds, ClaimFilter filter, String description) {
    }

    public Agenda validate() {
        Fields fields = new Fields();
        List<FieldError> errors = fields.errors();
        String checkedTitle = fields.required("title", title, MAX_TITLE);
        boolean hasIds = claimIds != null;
        boolean hasFilter = filter != null;
        if (hasIds == hasFilter) {
            errors.add(new FieldError("claimIds", "give either claimIds (a list of claim ids) or filter, not "
                    + (hasIds ? "both" : "neither")));
        }
        List<String> ids = new ArrayList<>();
        if (hasIds) {
            LinkedHashSet<String> unique = new LinkedHashSet<>();
            for (int i = 0; i < claimIds.size(); i++) {
                String id = claimIds.get(i);
                if (id == null || id.isBlank() || id.length() > 120) {
                    errors.add(new FieldError("claimIds[" + i + "]", "must be a claim id"));
                } else {
                    unique.add(id.trim());
                }
            }
            if (claimIds.isEmpty()) {
                errors.add(new FieldError("claimIds", "must name at least one claim"));
            } else {
                fields.atMost("claimIds", unique.size(), MAX_ITEMS);
            }
            ids.addAll(unique);
        }
        ClaimFilter claimFilter = null;
        StringJoiner words = new StringJoiner(", ");
        if (hasFilter) {
            ClaimQuery query = new ClaimQuery();
            query.status = filter.status();
            query.year = filter.year();
            query.theme = filter.theme();
            query.document = filter.document();
            query.due = filter.due();
            query.health = filter.health();
            try {
                claimFilter = query.filter();
            } catch (InvalidInputException e) {
                e.errors.forEach(error -> errors.add(new FieldError("filter." + error.field(), error.message())));
            }
            filter.given().forEach((name, value) -> words.add(name + "=" + value.trim()));
        }
        fields.throwIfAny();
        String description = hasIds ? "Listed claims: " + String.join(", ", ids)
                : "Claims matching " + (words.length() == 0 ? "no filter (every claim)" : words.toString());
        return new Agenda(checkedTitle, ids, claimFilter, Text.shorten(description, 1000));
    }
}
