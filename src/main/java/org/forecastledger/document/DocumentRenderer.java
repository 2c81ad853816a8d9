package org.forecastledger.document;

import org.forecastledger.verdict.VerdictStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a source text into blocks (headings, paragraphs, list items, tables) with its markup rendered cleanly:
 * video timestamps become timestamps, wiki links their labels, HTML line breaks vanish. Every piece of text keeps
 * its offsets in the raw text, so claim quotes (located by raw offsets) are highlighted wherever they fall.
 * The renderer produces plain data; the templates escape everything.
 */
public final class DocumentRenderer {

    /** A highlighted claim span in raw-text offsets. */
    public record Mark(String claimId, int start, int end, String statement, VerdictStatus status) {
    }

    public enum InlineKind { TEXT, TIMESTAMP, WIKI }

    /** A run of displayed text; {@code mark} is the claim it belongs to, {@code anchor} on its first piece. */
    public record Inline(InlineKind kind, String text, Mark mark, boolean anchor) {
        public boolean marked() {
            return mark != null;
        }
    }

    public enum BlockKind { HEADING, PARAGRAPH, LIST_ITEM, TABLE }

    /** A block of the document; a table's rows are lists of cells, each a list of inlines. */
    public record Block(BlockKind kind, int start, int end, List<Inline> inlines, List<List<List<Inline>>> rows,
            boolean headerRow) {
    }

    /** The rendered document: front-matter fields (title, video id) and the blocks. */
    public record Rendered(String frontTitle, String videoId, List<Block> blocks) {
    }

    private static final Pattern TIMESTAMP_LINK = Pattern.compile(
            "<a class=\"yt-timestamp\" data-t=\"(\\d{1,2}:\\d{2}(?::\\d{2})?)\">\\[[^\\]]*]</a>");
    private static final Pattern TIMESTAMP = Pattern.compile("\\[(\\d{1,2}:\\d{2}:\\d{2})]");
    private static final Pattern WIKI = Pattern.compile("\\[\\[([^\\]|]+?)(?:\\s*\\|\\s*([^\\]]+?))?\\s*]]");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("\\|[\\s|:-]*-[\\s|:-]*\\|?");

    private DocumentRenderer() {
    }

    public static Rendered render(String text, List<Mark> marks) {
        List<Mark> sorted = marks.stream().sorted(Comparator.comparingInt(Mark::start)).toList();
        List<Block> blocks = new ArrayList<>();
        String frontTitle = null;
        String videoId = null;
        int offset = 0;
        boolean inFrontMatter = false;
        boolean nextIsListItem = false;
        List<int[]> tableLines = new ArrayList<>();
        int lineNumber = 0;
        while (offset <= text.length()) {
            int newline = text.indexOf('\n', offset);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(offset, lineEnd);
            String trimmed = line.strip();
            boolean isTable = trimmed.startsWith("|");
            if (!isTable && !tableLines.isEmpty()) {
                blocks.add(table(text, tableLines, sorted));
                tableLines.clear();
            }
            if (lineNumber == 0 && trimmed.equals("---")) {
                inFrontMatter = true;
            } else if (inFrontMatter) {
                if (trimmed.equals("---")) {
                    inFrontMatter = false;
                } else if (trimmed.startsWith("title:")) {
                    frontTitle = trimmed.substring(6).strip();
                } else if (trimmed.startsWith("videoId:")) {
                    videoId = trimmed.substring(8).strip();
                }
            } else if (isTable) {
                tableLines.add(new int[] {offset, lineEnd});
            } else if (trimmed.equals("-")) {
                nextIsListItem = true;
            } else if (!trimmed.isEmpty()) {
                int lead = line.indexOf(trimmed);
                BlockKind kind = nextIsListItem ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
                int start = offset + lead;
                if (trimmed.startsWith("#")) {
                    int hashes = 0;
                    while (hashes < trimmed.length() && trimmed.charAt(hashes) == '#') {
                        hashes++;
                    }
                    kind = BlockKind.HEADING;
                    start += hashes;
                    while (start < lineEnd && text.charAt(start) == ' ') {
                        start++;
                    }
                }
                blocks.add(new Block(kind, start, lineEnd, inlines(text, start, lineEnd, sorted), List.of(), false));
                nextIsListItem = false;
            }
            lineNumber++;
            if (newline < 0) {
                break;
            }
            offset = newline + 1;
        }
        if (!tableLines.isEmpty()) {
            blocks.add(table(text, tableLines, sorted));
        }
        return new Rendered(frontTitle, videoId, blocks);
    }

    /** The block that holds raw offset {@code at}: the paragraph a quote stands in. */
    public static Block blockAt(Rendered rendered, int at) {
        for (Block block : rendered.blocks()) {
            if (at >= block.start() && at < block.end()) {
                return block;
            }
        }
        return null;
    }

    private static Block table(String text, List<int[]> lines, List<Mark> marks) {
        List<List<List<Inline>>> rows = new ArrayList<>();
        boolean headerRow = false;
        for (int[] line : lines) {
            String raw = text.substring(line[0], line[1]);
            if (TABLE_SEPARATOR.matcher(raw.strip()).matches()) {
                headerRow = rows.size() == 1;
                continue;
            }
            List<List<Inline>> cells = new ArrayList<>();
            int cellStart = line[0] + raw.indexOf('|') + 1;
            for (int i = cellStart; i <= line[1]; i++) {
                if (i < line[1] && text.startsWith("[[", i) && text.indexOf("]]", i) > 0
                        && text.indexOf("]]", i) < line[1]) {
                    i = text.indexOf("]]", i) + 1; // a wiki link's own '|' does not end the cell
                    continue;
                }
                if (i == line[1] || text.charAt(i) == '|') {
                    if (i > cellStart || i < line[1]) {
                        cells.add(inlines(text, cellStart, i, marks));
                    }
                    cellStart = i + 1;
                }
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return new Block(BlockKind.TABLE, lines.get(0)[0], lines.get(lines.size() - 1)[1], List.of(), rows,
                headerRow);
    }

    /** The inlines of raw range [start, end): markup tokens rendered, text split at claim boundaries. */
    private static List<Inline> inlines(String text, int start, int end, List<Mark> marks) {
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
