package org.forecastledger.document;

import org.forecastledger.document.DocumentRenderer.Block;
import org.forecastledger.document.DocumentRenderer.BlockKind;
import org.forecastledger.document.DocumentRenderer.Inline;
import org.forecastledger.document.DocumentRenderer.Rendered;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pipe tables: a header row when the separator follows the first row, cells split on '|' but not inside links. */
class DocumentTablesTest {

    private static String plain(List<Inline> inlines) {
        return inlines.stream().map(Inline::text).reduce("", String::concat);
    }

    private static List<List<String>> cells(Block table) {
        return table.rows().stream().map(row -> row.stream().map(DocumentTablesTest::plain).toList()).toList();
    }

    private static Block onlyTable(String text) {
        Rendered rendered = DocumentRenderer.render(text, List.of());
        assertThat(rendered.blocks()).extracting(Block::kind).containsExactly(BlockKind.TABLE);
        return rendered.blocks().get(0);
    }

    @Test
    void headerAndCellsAreRendered() {
        String text = "| Country | Forecast |\n|---|:--:|\n| Syria | stays |\n| Iran | goes |\n";
        Block table = onlyTable(text);
        assertThat(table.headerRow()).isTrue();
        assertThat(cells(table)).containsExactly(List.of(" Country ", " Forecast "), List.of(" Syria ", " stays "),
                List.of(" Iran ", " goes "));
        assertThat(table.start()).isZero();
        assertThat(table.end()).isEqualTo(text.length() - 1);
    }

    @Test
    void separatorNotAfterTheFirstRowMakesNoHeader() {
        assertThat(onlyTable("|---|---|\n| a | b |\n").headerRow()).isFalse();
        assertThat(onlyTable("| a | b |\n| c | d |\n|---|---|\n").headerRow()).isFalse();
        assertThat(onlyTable("| a | b |\n| c | d |\n").headerRow()).isFalse();
    }

    @Test
    void lastCellNeedsNoClosingPipe() {
        assertThat(cells(onlyTable("| a | b\n| c |d"))).containsExactly(List.of(" a ", " b"), List.of(" c ", "d"));
    }

    @Test
    void indentedRowStartsAtItsFirstPipe() {
        String text = "Intro\n   | a | b |\n";
        Block table = DocumentRenderer.render(text, List.of()).blocks().get(1);
        assertThat(cells(table)).containsExactly(List.of(" a ", " b "));
        assertThat(table.rows().get(0).get(0).get(0).text()).isEqualTo(" a ");
    }

    @Test
    void emptyCellsInsideARowAreKeptAndTrailingOnesDropped() {
        assertThat(cells(onlyTable("| a || b |"))).containsExactly(List.of(" a ", "", " b "));
        assertThat(cells(onlyTable("| a ||\n"))).containsExactly(List.of(" a "));
        assertThat(cells(onlyTable("| a | | |\n"))).containsExactly(List.of(" a "));
    }

    @Test
    void rowWithoutCellsIsLeftOut() {
        assertThat(cells(onlyTable("| a |\n||\n| b |"))).containsExactly(List.of(" a "), List.of(" b "));
    }

    @Test
    void wikiLinkPipeDoesNotSplitTheCell() {
        assertThat(cells(onlyTable("| [[Syria_(country) | Syria]] | x |\n")))
                .containsExactly(List.of("Syria", " x "));
        assertThat(cells(onlyTable("|[[a|b]]|c|"))).containsExactly(List.of("b", "c"));
    }

    @Test
    void unclosedWikiLinkOnARowDoesNotReachIntoTheNext() {
        List<List<String>> cells = cells(onlyTable("| [[a | b |\n| c ]] | d |\n"));
        assertThat(cells).hasSize(2);
        assertThat(cells.get(0)).hasSize(2);
        assertThat(cells.get(1)).hasSize(2).endsWith(" d ");
    }
}
