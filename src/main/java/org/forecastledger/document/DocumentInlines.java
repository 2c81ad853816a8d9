package org.forecastledger.document;

import org.forecastledger.document.DocumentRenderer.Inline;
import org.forecastledger.document.DocumentRenderer.InlineKind;
import org.forecastledger.document.DocumentRenderer.Mark;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a raw range of text into inlines: video timestamps, wiki links (shown by their labels), HTML line breaks
 * (dropped) and plain text, split wherever a claim's quote starts or ends.
 */
final class DocumentInlines {

    private static final Pattern TIMESTAMP_LINK = Pattern.compile(
            "<a class=\"yt-timestamp\" data-t=\"(\\d{1,2}:\\d{2}(?::\\d{2})?)\">\\[[^\\]]*]</a>");
    private static final Pattern TIMESTAMP = Pattern.compile("\\[(\\d{1,2}:\\d{2}:\\d{2})]");
    private static final Pattern WIKI = Pattern.compile("\\[\\[([^\\]|]+?)(?:\\s*\\|\\s*([^\\]]+?))?\\s*]]");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>");

    private DocumentInlines() {
    }

    /** The inlines of raw range [start, end): markup tokens rendered, text split at claim boundaries. */
    static List<Inline> inlines(String text, int start, int end, List<Mark> marks) {
        List<Inline> inlines = new ArrayList<>();
        int at = start;
        while (at < end) {
            Token token = nextToken(text, at, end);
            int plainEnd = token == null ? end : token.start;
            addText(text, at, plainEnd, marks, inlines);
            if (token == null) {
                break;
            }
            if (token.kind != null) {
                // A token is shown whole: it belongs to a claim that covers any part of it, and anchors a claim
                // that starts anywhere inside it.
                Mark mark = markOverlapping(marks, token.start, token.end);
                boolean anchor = mark != null && mark.start() >= token.start && mark.start() < token.end;
                inlines.add(new Inline(token.kind, token.display, mark, anchor || isAnchor(mark, token.start)));
            }
            at = token.end;
        }
        return trimEdges(inlines);
    }

    private record Token(InlineKind kind, int start, int end, String display) {
    }

    private static Token nextToken(String text, int from, int end) {
        Token best = null;
        Matcher link = TIMESTAMP_LINK.matcher(text).region(from, end);
        if (link.find()) {
            best = new Token(InlineKind.TIMESTAMP, link.start(), link.end(), link.group(1));
        }
        Matcher stamp = TIMESTAMP.matcher(text).region(from, end);
        if (stamp.find() && (best == null || stamp.start() < best.start)) {
            best = new Token(InlineKind.TIMESTAMP, stamp.start(), stamp.end(), stamp.group(1));
        }
        Matcher wiki = WIKI.matcher(text).region(from, end);
        if (wiki.find() && (best == null || wiki.start() < best.start)) {
            String label = wiki.group(2) != null ? wiki.group(2) : wiki.group(1).replace('_', ' ');
            best = new Token(InlineKind.WIKI, wiki.start(), wiki.end(), label.strip());
        }
        Matcher lineBreak = BREAK.matcher(text).region(from, end);
        if (lineBreak.find() && (best == null || lineBreak.start() < best.start)) {
            best = new Token(null, lineBreak.start(), lineBreak.end(), "");
        }
        return best;
    }

    private static void addText(String text, int start, int end, List<Mark> marks, List<Inline> inlines) {
        int at = start;
        while (at < end) {
            Mark mark = markAt(marks, at);
            int next = end;
            for (Mark candidate : marks) {
                if (candidate.start() > at && candidate.start() < next) {
                    next = candidate.start();
                }
                if (candidate.end() > at && candidate.end() < next) {
                    next = candidate.end();
                }
            }
            inlines.add(new Inline(InlineKind.TEXT, text.substring(at, next), mark, isAnchor(mark, at)));
            at = next;
        }
    }

    private static Mark markAt(List<Mark> marks, int at) {
        Mark found = null;
        for (Mark mark : marks) {
            if (mark.start() <= at && at < mark.end()) {
                found = mark;
            }
        }
        return found;
    }

    private static Mark markOverlapping(List<Mark> marks, int start, int end) {
        Mark found = null;
        for (Mark mark : marks) {
            if (mark.start() < end && mark.end() > start) {
                found = mark;
            }
        }
        return found;
    }

    private static boolean isAnchor(Mark mark, int at) {
        return mark != null && at == mark.start();
    }

    private static List<Inline> trimEdges(List<Inline> inlines) {
        if (!inlines.isEmpty()) {
            Inline last = inlines.get(inlines.size() - 1);
            if (last.kind() == InlineKind.TEXT && !last.marked() && last.text().isBlank()) {
                inlines.remove(inlines.size() - 1);
            }
        }
        if (!inlines.isEmpty()) {
            Inline first = inlines.get(0);
            if (first.kind() == InlineKind.TEXT && !first.marked() && first.text().isBlank()) {
                inlines.remove(0);
            }
        }
        return inlines;
    }
}
