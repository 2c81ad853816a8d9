package org.forecastledger.ingest;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document's text into sentences with ICU's rule-based BreakIterator (every line break also ends a
 * sentence), then trims each span to its words: list bullets, a trailing video timestamp and surrounding blanks
 * stay outside, so that the span is a clean quote. Offsets are UTF-16 indices into the text, end exclusive.
 */
public final class SentenceSplitter {

    /** One sentence: its span in the text and the text of that span. */
    public record Sentence(int start, int end, String text) {
    }

    private static final Pattern LEADING = Pattern.compile("^(?:[\\s\\-–—•*·→>|]|\\d{1,2}[.)]\\s)+");
    private static final Pattern TRAILING = Pattern.compile("(\\s*(?:<a [^>]*>)?\\[\\d{1,2}:\\d{2}(?::\\d{2})?](?:</a>)?)+[\\s.;,|]*$|[\\s;:,|]+$");
    private static final Pattern CLAUSE = Pattern.compile(";\\s+|\\s+\\|\\s+|\\s+→\\s+");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
        breaks.setText(text);
        List<Sentence> sentences = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            splitClauses(text, start, end, sentences);
        }
        return sentences;
    }

    /** Semicolons, table bars and arrows separate list items that each say something of their own. */
    private static void splitClauses(String text, int start, int end, List<Sentence> into) {
        Matcher clause = CLAUSE.matcher(text).region(start, end);
        int from = start;
        while (clause.find()) {
            if (insideParentheses(text, from, clause.start())) {
                continue;
            }
            add(text, from, clause.start() + (clause.group().startsWith(";") ? 1 : 0), into);
            from = clause.end();
        }
        add(text, from, end, into);
    }

    /** A separator inside parentheses ("(Izvestiya, 26 January; Kommersant, 27 January)") ends no clause. */
    private static boolean insideParentheses(String text, int from, int at) {
        int depth = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    private static void add(String text, int start, int end, List<Sentence> into) {
        String span = text.substring(start, end);
        Matcher lead = LEADING.matcher(span);
        int from = lead.find() ? lead.end() : 0;
        int to = span.length();
        Matcher trail = TRAILING.matcher(span);
        if (trail.find(from)) {
            to = Math.max(from, trail.start());
        }
        if (to > from && span.substring(from, to).codePoints().anyMatch(Character::isLetter)) {
            into.add(new Sentence(start + from, start + to, span.substring(from, to)));
        }
    }
}
