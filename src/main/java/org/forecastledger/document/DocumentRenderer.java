package org.forecastledger.document;

import org.forecastledger.verdict.VerdictStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
                blocks.add(DocumentTables.table(text, tableLines, sorted));
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
                blocks.add(textBlock(text, offset + line.indexOf(trimmed), lineEnd, nextIsListItem, sorted));
                nextIsListItem = false;
            }
            lineNumber++;
            if (newline < 0) {
                break;
            }
            offset = newline + 1;
        }
        if (!tableLines.isEmpty()) {
            blocks.add(DocumentTables.table(text, tableLines, sorted));
        }
        return new Rendered(frontTitle, videoId, blocks);
    }

    /** A heading (its '#'s and the spaces after them left out), list item or paragraph: raw range [start, end). */
    private static Block textBlock(String text, int start, int end, boolean listItem, List<Mark> marks) {
        BlockKind kind = listItem ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
        if (text.charAt(start) == '#') {
            kind = BlockKind.HEADING;
            while (start < end && text.charAt(start) == '#') {
                start++;
            }
            while (start < end && text.charAt(start) == ' ') {
                start++;
            }
        }
        return new Block(kind, start, end, DocumentInlines.inlines(text, start, end, marks), List.of(), false);
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
}
