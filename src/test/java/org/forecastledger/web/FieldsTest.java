package org.forecastledger.web;

import org.forecastledger.web.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldsTest {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    @Test
    void eachCheckNamesItsFieldWithOneWording() {
        Fields fields = new Fields();
        assertThat(fields.required("title", " ", 10)).isNull();
        assertThat(fields.required("author", "x".repeat(11), 10)).isNull();
        assertThat(fields.optional("note", "bad\u0000byte", 100)).isNull();
        assertThat(fields.choice("month", "", Month.class)).isNull();
        assertThat(fields.choice("month", "Smarch", Month.class)).isNull();
        assertThat(fields.date("asOf", null, EARLIEST, LATEST)).isNull();
        assertThat(fields.date("asOf", "yesterday", EARLIEST, LATEST)).isNull();
        assertThat(fields.date("asOf", "1899-12-31", EARLIEST, LATEST)).isNull();
        assertThat(fields.number("year", "twenty", 1900, 2100)).isNull();
        assertThat(fields.number("year", "2101", 1900, 2100)).isNull();
        assertThat(fields.atLeast("expectedRevision", -1, 0)).isNull();
        assertThat(fields.atMost("evidence", 51, 50)).isFalse();
        assertThat(fields.optionalUrl("url", "not a url", 100)).isNull();
        assertThat(fields.errors()).containsExactly(
                new FieldError("title", "is required"),
                new FieldError("author", "must be at most 10 characters"),
                new FieldError("note", "must not contain control characters"),
                new FieldError("month", "is required: one of [JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, "
                        + "AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER]"),
                new FieldError("month", "must be one of [JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, "
                        + "SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER], not 'Smarch'"),
                new FieldError("asOf", "is required (yyyy-mm-dd)"),
                new FieldError("asOf", "must be an ISO date (yyyy-mm-dd), not 'yesterday'"),
                new FieldError("asOf", "must be between 1900-01-01 and 2100-12-31"),
                new FieldError("year", "must be a whole number, not 'twenty'"),
                new FieldError("year", "must be between 1900 and 2100, not 2101"),
                new FieldError("expectedRevision", "must be at least 0, not -1"),
                new FieldError("evidence", "must hold at most 50 items"),
                new FieldError("url", "must be an absolute http(s) address"));
        assertThatThrownBy(fields::throwIfAny).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("title: is required; author: must be at most 10 characters");
    }

    @Test
    void goodValuesComeBackCheckedAndTrimmed() {
        Fields fields = new Fields();
        assertThat(fields.required("title", "  A title\n", 10)).isEqualTo("A title");
        assertThat(fields.optional("note", "", 10)).isNull();
        assertThat(fields.choice("month", " march ", Month.class)).isEqualTo(Month.MARCH);
        assertThat(fields.date("asOf", "2026-02-20", EARLIEST, LATEST)).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(fields.optionalDate("asOf", " ", EARLIEST, LATEST)).isNull();
        assertThat(fields.number("year", " 2026 ", 1900, 2100)).isEqualTo(2026);
        assertThat(fields.atLeast("expectedRevision", 0, 0)).isZero();
        assertThat(fields.atMost("evidence", 50, 50)).isTrue();
        assertThat(fields.optionalUrl("url", " https://example.org/a ", 100)).isEqualTo("https://example.org/a");
        assertThat(fields.ok()).isTrue();
        fields.throwIfAny();
    }

    @Test
    void longTypedValuesAreCutInMessages() {
        Fields fields = new Fields();
        fields.number("year", "9".repeat(50), 1900, 2100);
        assertThat(fields.errors().get(0).message()).isEqualTo("must be a whole number, not '" + "9".repeat(40) + "…'");
    }

    @Test
    void missingValuesAreRequiredWhereTheCheckSaysSo() {
        Fields fields = new Fields();
        assertThat(fields.number("year", " ", 1900, 2100)).isNull();
        assertThat(fields.atLeast("expectedRevision", null, 0)).isNull();
        assertThat(fields.optionalNumber("year", "", 1900, 2100)).isNull();
        assertThat(fields.optionalUrl("url", "  ", 100)).isNull();
        assertThat(fields.errors()).containsExactly(new FieldError("year", "is required"),
                new FieldError("expectedRevision", "is required"));
        assertThat(fields.ok()).isFalse();
    }

    @Test
    void limitsAreInclusiveAtBothEnds() {
        Fields fields = new Fields();
        assertThat(fields.optional("note", "x".repeat(10), 10)).hasSize(10);
        assertThat(fields.optionalNumber("year", "1900", 1900, 2100)).isEqualTo(1900);
        assertThat(fields.optionalNumber("year", "2100", 1900, 2100)).isEqualTo(2100);
        assertThat(fields.atLeast("expectedRevision", 7, 0)).isEqualTo(7);
        assertThat(fields.optionalUrl("url", "https://e.org/" + "a".repeat(6), 20)).hasSize(20);
        assertThat(fields.ok()).isTrue();
        assertThat(fields.optionalNumber("year", "1899", 1900, 2100)).isNull();
        assertThat(fields.optionalUrl("url", "https://e.org/" + "a".repeat(7), 20)).isNull();
        assertThat(fields.errors()).containsExactly(new FieldError("year", "must be between 1900 and 2100, not 1899"),
                new FieldError("url", "must be at most 20 characters"));
    }

    @Test
    void aTypedValueOfExactlyTheQuotedLengthIsNotCut() {
        assertThat(Fields.quoted("x".repeat(40))).isEqualTo("x".repeat(40));
        assertThat(Fields.quoted("x".repeat(41))).isEqualTo("x".repeat(40) + "…");
    }

    @Test
    void checksAddToAListGivenToThem() {
        java.util.List<FieldError> earlier = new java.util.ArrayList<>(java.util.List.of(new FieldError("a", "b")));
        Fields fields = new Fields(earlier);
        fields.required("title", "", 10);
        assertThat(earlier).hasSize(2);
        assertThat(fields.errors()).isSameAs(earlier);
    }
}
