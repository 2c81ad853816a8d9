package org.forecastledger.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.forecastledger.claim.Claim;
import org.forecastledger.claim.ClaimSearch;
import org.forecastledger.claim.HedgeBand;
import org.forecastledger.document.Document;
import org.forecastledger.ingest.SentenceSplitter.Sentence;
import org.forecastledger.claim.Theme;
import org.forecastledger.verdict.Decider;
import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.ledger.LedgerWrite;
import org.forecastledger.verdict.VerdictService;
import org.forecastledger.verdict.VerdictStatus;
import org.forecastledger.web.NotFoundProblem;
import org.forecastledger.web.Problem.FieldError;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Suggested forecasts of an uploaded document, reviewed: accept a suggestion (as it is or edited), reject it (remembered), or make a
 * claim from any passage. Each accepted claim starts PENDING, decided by the reviewer, until it is judged.
 */
@ApplicationScoped
public class SuggestionService {

    static final String FIRST_RATIONALE = "Added from an uploaded document; not yet judged.";

    @Inject
    ClaimSearch search;

    @Inject
    VerdictService verdicts;

    @Inject
    Event<LedgerWrite> changed;

    @Transactional
    public List<SuggestionView> suggestions(String documentId) {
        document(documentId);
        return Suggestion.ofDocument(documentId).stream().map(SuggestionView::of).toList();
    }

    /** The review panel of an uploaded document; empty for seed documents. */
    @Transactional
    public java.util.Optional<ReviewPanel> panel(String documentId) {
        Document document = Document.findById(documentId);
        if (document == null || !document.isUploaded()) {
            return java.util.Optional.empty();
        }
        List<SuggestionView> all = Suggestion.ofDocument(documentId).stream().map(SuggestionView::of).toList();
        return java.util.Optional.of(new ReviewPanel(documentId,
                all.stream().filter(s -> s.state().equals("open")).toList(),
                all.stream().filter(s -> s.state().equals("accepted")).count(),
                all.stream().filter(s -> s.state().equals("rejected")).count(),
                Theme.listInOrder().stream().map(t -> new ReviewPanel.ThemeOption(t.id, t.title)).toList(),
                List.of(HedgeBand.values())));
    }

    /** Accepts the suggestion, with the reviewer's edits; a narrowed quote must stay inside the suggested one. */
    @Transactional
    public String accept(String documentId, String suggestionId, ClaimDraft draft, String user) {
        Document document = uploaded(documentId);
        Suggestion suggestion = open(documentId, suggestionId);
        ClaimDraft edits = draft == null ? ClaimDraft.EMPTY : draft;
        List<FieldError> errors = new ArrayList<>();
        int[] span = span(document.body, suggestion, edits, errors);
        if (span != null && (span[0] < suggestion.quoteStart || span[1] > suggestion.quoteEnd)) {
            errors.add(new FieldError("start", "the quote may be narrowed, not moved: keep it within "
                    + suggestion.quoteStart + "–" + suggestion.quoteEnd));
        }
        Claim claim = build(document, span, edits, suggestion.statement, suggestion.attributedTo, suggestion.themeId,
                suggestion.hedgeWords, suggestion.hedgeBand, suggestion.horizonLabel, suggestion.horizonUntil, errors);
        record(claim, user);
        suggestion.state = Suggestion.State.ACCEPTED;
        suggestion.claimId = claim.id;
        decided(suggestion, user);
        changed.fire(LedgerWrite.anything()); // a document has one claim more: lists and counts change
        return claim.id;
    }

    @Transactional
    public SuggestionView reject(String documentId, String suggestionId, String user) {
        uploaded(documentId);
        Suggestion suggestion = open(documentId, suggestionId);
        suggestion.state = Suggestion.State.REJECTED;
        decided(suggestion, user);
        changed.fire(LedgerWrite.anything());
        return SuggestionView.of(suggestion);
    }

    /** A claim from a passage the reviewer chose; what the draft leaves out is guessed as for a suggestion. */
    @Transactional
    public String createClaim(String documentId, ClaimDraft draft, String user) {
        Document document = uploaded(documentId);
        ClaimDraft typed = draft == null ? ClaimDraft.EMPTY : draft;
        List<FieldError> errors = new ArrayList<>();
        int[] span = typed.span(document.body, errors);
        ClaimDraft.check(errors);
        String quote = document.body.substring(span[0], span[1]);
        Guesses guesses = new Guesses(Theme.listInOrder().stream()
                .map(theme -> new Guesses.ThemeWords(theme.id, theme.title, theme.description)).toList(),
                document.author, document.publishedOn);
        Guesses.Horizon horizon = guesses.horizon(quote);
        String words = ForecastDetector.hedgeWordsOf(quote);
        Claim claim = build(document, span, typed, Guesses.statement(quote.strip()), guesses.attribution(quote),
                guesses.theme(document.body, new Sentence(span[0], span[1], quote)), words == null ? "(none)" : words,
                words == null ? HedgeBand.LIKELY : ForecastDetector.bandOf(quote), horizon.label(), horizon.until(),
                errors);
        record(claim, user);
        return claim.id;
    }

    /** The suggested span, or the narrowed one: start/end, or a quote found inside the suggested span. */
    private static int[] span(String text, Suggestion suggestion, ClaimDraft edits, List<FieldError> errors) {
        boolean offsets = present(edits.start()) || present(edits.end());
        if (!offsets && !present(edits.quote())) {
            return new int[] {suggestion.quoteStart, suggestion.quoteEnd};
        }
        if (offsets) {
            return edits.span(text, errors);
        }
        int at = text.indexOf(edits.quote(), suggestion.quoteStart);
        if (at < 0 || at + edits.quote().length() > suggestion.quoteEnd) {
            errors.add(new FieldError("quote", "the narrowed quote must be copied exactly from the suggested one"));
            return null;
        }
        return new int[] {at, at + edits.quote().length()};
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private Claim build(Document document, int[] span, ClaimDraft draft, String statement, String attributedTo,
            String themeId, String hedgeWords, HedgeBand band, String horizonLabel, LocalDate until,
            List<FieldError> errors) {
        Claim claim = new Claim();
        claim.statement = draft.statementOr(statement, errors);
        claim.attributedTo = draft.attributedToOr(attributedTo, errors);
        String theme = draft.theme() == null || draft.theme().isBlank() ? themeId : draft.theme().strip();
        claim.theme = theme == null ? null : Theme.findById(theme);
        if (claim.theme == null) {
            errors.add(new FieldError("theme", "must be one of the themes' ids"));
        }
        claim.hedgeWords = draft.hedgeWordsOr(hedgeWords, errors);
        claim.hedgeBand = draft.bandOr(band, errors);
        claim.horizonLabel = draft.horizonLabelOr(horizonLabel, errors);
        claim.horizonUntil = draft.untilOr(until, errors);
        if (span != null && span[1] - span[0] > 4000) {
            errors.add(new FieldError("end", "a quote is at most 4000 characters"));
        }
        if (span != null && document.body.substring(span[0], span[1]).isBlank()) {
            errors.add(new FieldError("quote", "the quote is blank"));
        }
        ClaimDraft.check(errors);
        claim.document = document;
        claim.quoteStart = span[0];
        claim.quoteEnd = span[1];
        claim.quote = document.body.substring(span[0], span[1]);
        claim.occurrence = occurrence(document.body, claim.quote, span[0]);
        claim.locator = "Line " + (document.body.substring(0, span[0]).chars().filter(c -> c == '\n').count() + 1);
        claim.id = ClaimIds.fresh(document.id, claim.statement);
        claim.position = ClaimIds.nextPosition(document.id);
        return claim;
    }

    private void record(Claim claim, String user) {
        claim.persist();
        claim.flush();
        search.refresh(List.of(claim.id));
        verdicts.append(claim.id, new NewVerdict(VerdictStatus.PENDING, LocalDate.now(ZoneOffset.UTC),
                FIRST_RATIONALE, List.of()), Decider.reviewer(user), 0);
    }

    /** Which occurrence of the quote in the text starts at {@code start} (1-based), as the seed files count. */
    static int occurrence(String text, String quote, int start) {
        int n = 0;
        for (int at = text.indexOf(quote); at >= 0 && at <= start; at = text.indexOf(quote, at + 1)) {
            n++;
        }
        return n;
    }

    private static void decided(Suggestion suggestion, String user) {
        suggestion.decidedBy = user;
        suggestion.decidedAt = Instant.now();
    }

    private static Document document(String id) {
        Document document = Document.findById(id);
        if (document == null) {
            throw new NotFoundProblem("document", id);
        }
        return document;
    }

    private static Document uploaded(String id) {
        Document document = document(id);
        if (!document.isUploaded()) {
            throw new IngestRefusal(409, "Seed document", null, "document '" + id + "' comes from the seed files: "
                    + "its claims are curated in seeds/claims/" + id + ".yaml, not here");
        }
        return document;
    }

    private static Suggestion open(String documentId, String suggestionId) {
        Suggestion suggestion = suggestionId != null && suggestionId.matches("\\d{1,18}")
                ? Suggestion.findById(Long.valueOf(suggestionId)) : null;
        if (suggestion == null || !suggestion.documentId.equals(documentId)) {
            throw new NotFoundProblem("suggestion", documentId + "/" + suggestionId);
        }
        if (suggestion.state != Suggestion.State.OPEN) {
            throw new IngestRefusal(409, "Suggestion already decided", null, "suggestion " + suggestionId + " was "
                    + suggestion.state.name().toLowerCase() + " by " + suggestion.decidedBy);
        }
        return suggestion;
    }
}
