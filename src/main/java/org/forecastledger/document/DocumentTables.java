package org.forecastledger.document;

import org.forecastledger.document.DocumentRenderer.Block;
import org.forecastledger.document.DocumentRenderer.BlockKind;
import org.forecastledger.document.DocumentRenderer.Inline;
import org.forecastledger.document.DocumentRenderer.Mark;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Parses a run of pipe-table lines into a table block: rows of cells, the separator line marking a header row. */
final class DocumentTables {

    private static final Pattern TABLE_SEPARATOR = Pattern.compile("\\|[\\s|:-]*-[\\s|:-]*\\|?");

    private DocumentTables() {
    }

    /** The table of these lines, each given as its raw range [start, end). */
    static Block table(String text, List<int[]> lines, List<Mark> marks) {
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
                        cells.add(DocumentInlines.inlines(text, cellStart, i, marks));
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
}
