package org.forecastledger.verdict;

import org.forecastledger.web.FormErrors;
import org.forecastledger.web.InvalidInputException;

import java.util.List;
import java.util.Map;

/**
 * One post of the verdict form, as the claim page and a review session's decision both take it: "add a row"
 * shows the form again with a blank evidence row; otherwise the verdict is written, or the form comes back with a
 * message per bad field (400), or with the newer revision it must now expect (409). Nothing typed is lost.
 */
public final class VerdictFormFlow {

    private VerdictFormFlow() {
    }

    /** Appends a checked verdict on the revision the form expects; may throw {@link StaleRevisionException}. */
    @FunctionalInterface
    public interface Write<T> {
        T append(NewVerdict verdict, int expectedRevision);
    }

    /**
     * What became of the post: {@code written} when the verdict was recorded; else the form to show again with its
     * HTTP status, the messages per field, and on a conflict the revision now current.
     */
    public record Outcome<T>(T written, int status, VerdictForm form, Map<String, String> errors,
            Integer currentRevision) {

        public boolean isWritten() {
            return status == 303;
        }

        public boolean isStale() {
            return currentRevision != null;
        }
    }

    public static <T> Outcome<T> post(Map<String, List<String>> fields, Write<T> write) {
        VerdictForm form = VerdictForm.typed(fields);
        List<String> action = fields.getOrDefault("action", List.of());
        if (!action.isEmpty() && "add-row".equals(action.get(0))) {
            return new Outcome<>(null, 200, form.withAnotherRow(), Map.of(), null);
        }
        try {
            return new Outcome<>(write.append(form.verdict(), form.expectedRevision()), 303, form, Map.of(), null);
        } catch (InvalidInputException e) {
            return new Outcome<>(null, 400, form, FormErrors.of(e), null);
        } catch (StaleRevisionException e) {
            return new Outcome<>(null, 409, form.expecting(e.currentRevision), Map.of(), e.currentRevision);
        }
    }
}
