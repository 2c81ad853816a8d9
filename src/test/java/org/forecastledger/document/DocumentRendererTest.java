package org.forecastledger.document;

import org.forecastledger.document.DocumentRenderer.Block;
import org.forecastledger.document.DocumentRenderer.BlockKind;
import org.forecastledger.document.DocumentRenderer.Inline;
import org.forecastledger.document.DocumentRenderer.InlineKind;
import org.forecastledger.document.DocumentRenderer.Mark;
import org.forecastledger.document.DocumentRenderer.Rendered;
import org.forecastledger.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentRendererTest {

    static final String TEXT = """
            ---
            title: Sample
            videoId: v1
            ---

            ## Heading
            Talks will resume <a class="yt-timestamp" data-t="00:01:02">[00:01:02]</a>. See [[a_b | the label]] and [[plain_page]].<br/>
            -
            An item after a dash.
            | Country | Forecast |
            |---|---|
            | Syria | → The US will stay; → Cooperation is limited. |
            | [[Syria_(country) | Syria]] | Putin will win. |
            """;

    private static Mark mark(String id, String quote, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = TEXT.indexOf(quote, at + 1);
        }
        return new Mark(id, at, at + quote.length(), "statement of " + id, VerdictStatus.HELD);
    }

    private static String plain(List<Inline> inlines) {
        return inlines.stream().map(Inline::text).reduce("", String::concat);
    }

    @Test
    void markupIsRenderedCleanlyAndFrontMatterIsRead() {
        Rendered rendered = DocumentRenderer.render(TEXT, List.of());

        assertThat(rendered.frontTitle()).isEqualTo("Sample");
        assertThat(rendered.videoId()).isEqualTo("v1");
        assertThat(rendered.blocks()).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH,
                BlockKind.LIST_ITEM, BlockKind.TABLE);
        assertThat(plain(rendered.blocks().get(0).inlines())).isEqualTo("Heading");
        List<Inline> paragraph = rendered.blocks().get(1).inlines();
        assertThat(plain(paragraph)).isEqualTo("Talks will resume 00:01:02. See the label and plain page.");
        assertThat(paragraph).filteredOn(inline -> inline.kind() == InlineKind.TIMESTAMP).extracting(Inline::text)
                .containsExactly("00:01:02");
        assertThat(paragraph).filteredOn(inline -> inline.kind() == InlineKind.WIKI).extracting(Inline::text)
                .containsExactly("the label", "plain page");
        assertThat(plain(rendered.blocks().get(2).inlines())).isEqualTo("An item after a dash.");
        Block table = rendered.blocks().get(3);
        assertThat(table.headerRow()).isTrue();
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(2)).extracting(DocumentRendererTest::plain)
                .containsExactly("Syria", " Putin will win. ");
        assertThat(table.rows().get(1)).extracting(DocumentRendererTest::plain)
                .containsExactly(" Syria ", " → The US will stay; → Cooperation is limited. ");
    }

    @Test
    void claimsAreHighlightedAndAnchoredOnTheirFirstPiece() {
        Mark talks = mark("talks", "Talks will resume", 1);
        Mark stay = mark("stay", "The US will stay", 1);
        Rendered rendered = DocumentRenderer.render(TEXT, List.of(stay, talks));

        List<Inline> paragraph = rendered.blocks().get(1).inlines();
        assertThat(paragraph.get(0)).isEqualTo(new Inline(InlineKind.TEXT, "Talks will resume", talks, true));
        assertThat(paragraph.get(1).marked()).isFalse();
        List<Inline> cell = rendered.blocks().get(3).rows().get(1).get(1);
        assertThat(cell).filteredOn(Inline::anchor).singleElement()
                .satisfies(inline -> assertThat(inline.text()).isEqualTo("The US will stay"));
        assertThat(DocumentRenderer.blockAt(rendered, talks.start())).isSameAs(rendered.blocks().get(1));
    }

    @Test
    void aClaimThatStartsInsideMarkupIsAnchoredOnTheMarkup() {
        Mark inside = mark("inside", "Syria]] | Putin", 1);
        List<Inline> cell = DocumentRenderer.render(TEXT, List.of(inside)).blocks().get(3).rows().get(2).get(0);

        assertThat(cell).filteredOn(Inline::anchor).singleElement()
                .satisfies(inline -> assertThat(inline.kind()).isEqualTo(InlineKind.WIKI));
    }

    @Test
    void aClaimThatSpansMarkupIsHighlightedAcrossItAndAnchoredOnce() {
        Mark across = mark("across", "resume <a class=\"yt-timestamp\" data-t=\"00:01:02\">[00:01:02]</a>. See", 1);
        Mark inner = mark("inner", ". See", 1);
        List<Inline> paragraph = DocumentRenderer.render(TEXT, List.of(across, inner)).blocks().get(1).inlines();

        assertThat(paragraph).filteredOn(Inline::marked).extracting(Inline::text)
                .containsExactly("resume ", "00:01:02", ". See");
        assertThat(paragraph).filteredOn(Inline::anchor).extracting(inline -> inline.mark().claimId())
                .containsExactly("across", "inner");
    }

    @Test
    void aTextStartingWithABlankLineIsReadLineByLine() {
        Rendered rendered = DocumentRenderer.render("\n# Title\nBody", List.of());
        assertThat(rendered.blocks()).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH);
        assertThat(rendered.blocks()).extracting(block -> plain(block.inlines())).containsExactly("Title", "Body");
    }

    @Test
    void anIndentedParagraphStartsAtItsFirstCharacter() {
        String text = "First\n   Second line";
        Block second = DocumentRenderer.render(text, List.of()).blocks().get(1);
        assertThat(second.start()).isEqualTo(text.indexOf("Second"));
        assertThat(second.end()).isEqualTo(text.length());
        assertThat(plain(second.inlines())).isEqualTo("Second line");
    }

    @Test
    void aHeadingOfOnlyHashesOrSpacesAtTheEndIsEmpty() {
        for (String text : List.of("##", "Intro\n## ", "#\nNext")) {
            Block heading = DocumentRenderer.render(text, List.of()).blocks().stream()
                    .filter(block -> block.kind() == BlockKind.HEADING).findFirst().orElseThrow();
            assertThat(heading.inlines()).as(text).isEmpty();
            assertThat(heading.start()).as(text).isEqualTo(heading.end());
        }
    }

    @Test
    void blockAtFindsTheBlockHoldingAnOffsetAndNothingAtItsEnd() {
        String text = "Alpha\n\nBeta";
        Rendered rendered = DocumentRenderer.render(text, List.of());
        Block alpha = rendered.blocks().get(0);
        assertThat(DocumentRenderer.blockAt(rendered, 0)).isSameAs(alpha);
        assertThat(DocumentRenderer.blockAt(rendered, 4)).isSameAs(alpha);
        assertThat(DocumentRenderer.blockAt(rendered, 5)).isNull();
        assertThat(DocumentRenderer.blockAt(rendered, text.indexOf("Beta"))).isSameAs(rendered.blocks().get(1));
        assertThat(DocumentRenderer.blockAt(rendered, text.length())).isNull();
    }

    @Test
    void frontMatterIsOnlyRecognisedOnTheFirstLine() {
        Rendered rendered = DocumentRenderer.render("Intro\n---\ntitle: Not front matter\n---\n", List.of());
        assertThat(rendered.frontTitle()).isNull();
        assertThat(rendered.blocks()).extracting(block -> plain(block.inlines()))
                .contains("title: Not front matter");
    }

    @Test
    void dashesOnlyOnTheFirstLineOpenFrontMatterAndALaterDashLineIsText() {
        Rendered rendered = DocumentRenderer.render("Intro\n---\ntitle: not front matter", List.of());

        assertThat(rendered.frontTitle()).isNull();
        assertThat(rendered.blocks()).extracting(block -> plain(block.inlines()))
                .containsExactly("Intro", "---", "title: not front matter");
        assertThat(rendered.blocks()).extracting(Block::start).containsExactly(0, 6, 10);
    }

    @Test
    void frontMatterEndsAtItsClosingDashesAndItsOtherLinesAreNotShown() {
        Rendered rendered = DocumentRenderer.render("---\nauthor: Someone\nvideoId:  v2 \n---\ntitle: Body", List.of());

        assertThat(rendered.frontTitle()).isNull();
        assertThat(rendered.videoId()).isEqualTo("v2");
        assertThat(rendered.blocks()).singleElement().satisfies(block -> {
            assertThat(block.kind()).isEqualTo(BlockKind.PARAGRAPH);
            assertThat(plain(block.inlines())).isEqualTo("title: Body");
        });
    }

    @Test
    void headingMarksAndIndentationAreLeftOutOfTheBlockRange() {
        String text = "###Close\n  indented text\n#\n";
        Rendered rendered = DocumentRenderer.render(text, List.of());

        assertThat(rendered.blocks()).extracting(Block::kind, Block::start, Block::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 3, 8),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 11, 24),
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 26, 26));
        assertThat(plain(rendered.blocks().get(1).inlines())).isEqualTo("indented text");
        assertThat(rendered.blocks().get(2).inlines()).isEmpty();
    }

    @Test
    void onlyTheLineAfterALoneDashIsAListItem() {
        Rendered rendered = DocumentRenderer.render("-\n\nitem\nafter", List.of());

        assertThat(rendered.blocks()).extracting(Block::kind).containsExactly(BlockKind.LIST_ITEM, BlockKind.PARAGRAPH);
    }

    @Test
    void tableAtTheVeryEndWithoutANewlineIsKeptAndNeedsItsSeparatorRightAfterTheFirstRow() {
        Rendered rendered = DocumentRenderer.render("Text\n| a | b |\n| c | d |\n|---|---|\n  | e [[x|y]] | f", List.of());

        assertThat(rendered.blocks()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.TABLE);
        Block table = rendered.blocks().get(1);
        assertThat(table.headerRow()).isFalse();
        assertThat(table.start()).isEqualTo(5);
        assertThat(table.end()).isEqualTo(rendered.blocks().get(1).end()).isEqualTo(52);
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(2)).extracting(DocumentRendererTest::plain).containsExactly(" e y", " f");
    }

    @Test
    void emptyRowsAndTrailingEmptyCellsOfATableAreDropped() {
        Rendered rendered = DocumentRenderer.render("|---|\n| a |\n|  |\n||\n| b ||  |\n", List.of());

        Block table = rendered.blocks().get(0);
        assertThat(table.headerRow()).isFalse();
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0)).extracting(DocumentRendererTest::plain).containsExactly(" a ");
        assertThat(table.rows().get(1)).extracting(DocumentRendererTest::plain).containsExactly(" b ");
    }

    @Test
    void plainTimestampsBreaksAndBlankEdgesAreRendered() {
        String text = "  [01:02:03] said<br> so <br />[[Page_name]] ";
        List<Inline> inlines = DocumentRenderer.render(text, List.of()).blocks().get(0).inlines();

        assertThat(inlines).extracting(Inline::kind, Inline::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(InlineKind.TIMESTAMP, "01:02:03"),
                org.assertj.core.groups.Tuple.tuple(InlineKind.TEXT, " said"),
                org.assertj.core.groups.Tuple.tuple(InlineKind.TEXT, " so "),
                org.assertj.core.groups.Tuple.tuple(InlineKind.WIKI, "Page name"));
    }

    @Test
    void theEarliestMarkupWinsWhateverItsKind() {
        String text = "[[b]] [00:00:01] <br> <a class=\"yt-timestamp\" data-t=\"1:02\">[x]</a> [[c | d]]";
        List<Inline> inlines = DocumentRenderer.render(text, List.of()).blocks().get(0).inlines();

        assertThat(inlines).extracting(Inline::text).containsExactly("b", " ", "00:00:01", " ", " ", "1:02", " ", "d");
    }

    @Test
    void blankTextIsKeptAtTheEdgesWhenAClaimCoversIt() {
        String text = "word  ";
        Mark blank = new Mark("blank", 4, 6, "s", VerdictStatus.HELD);
        List<Inline> inlines = DocumentInlines.inlines(text, 0, 6, List.of(blank));
        assertThat(inlines).extracting(Inline::text).containsExactly("word", "  ");

        Mark lead = new Mark("lead", 0, 2, "s", VerdictStatus.HELD);
        assertThat(DocumentInlines.inlines("  word", 0, 6, List.of(lead))).extracting(Inline::text)
                .containsExactly("  ", "word");
        assertThat(DocumentInlines.inlines("  <br>word<br>  ", 0, 16, List.of())).extracting(Inline::text)
                .containsExactly("word");
        assertThat(DocumentInlines.inlines(" ", 0, 1, List.of())).isEmpty();
    }

    @Test
    void overlappingClaimsSplitTheTextAtEveryBoundaryAndTheLaterClaimWins() {
        String text = "abcdefgh";
        Mark outer = new Mark("outer", 1, 7, "s", VerdictStatus.HELD);
        Mark inner = new Mark("inner", 3, 5, "s", VerdictStatus.FAILED);
        List<Inline> inlines = DocumentInlines.inlines(text, 0, 8, List.of(outer, inner));

        assertThat(inlines).extracting(Inline::text).containsExactly("a", "bc", "de", "fg", "h");
        assertThat(inlines).extracting(inline -> inline.marked() ? inline.mark().claimId() : null)
                .containsExactly(null, "outer", "inner", "outer", null);
        assertThat(inlines).extracting(Inline::anchor).containsExactly(false, true, true, false, false);
    }

    @Test
    void markupTouchingAClaimOnlyAtItsEdgeIsNotPartOfIt() {
        String text = "ab[[c]]de";
        Mark before = new Mark("before", 0, 2, "s", VerdictStatus.HELD);
        Mark after = new Mark("after", 7, 9, "s", VerdictStatus.HELD);
        List<Inline> inlines = DocumentInlines.inlines(text, 0, 9, List.of(before, after));

        assertThat(inlines).extracting(Inline::text).containsExactly("ab", "c", "de");
        assertThat(inlines.get(1).marked()).isFalse();
        assertThat(inlines.get(1).anchor()).isFalse();
        Mark endsInside = new Mark("ends", 0, 3, "s", VerdictStatus.HELD);
        Inline wiki = DocumentInlines.inlines(text, 0, 9, List.of(endsInside)).get(1);
        assertThat(wiki.mark()).isEqualTo(endsInside);
        assertThat(wiki.anchor()).isFalse();
    }

    @Test
    void blockAtFindsTheBlockHoldingAnOffsetAndNothingOutsideEveryBlock() {
        Rendered rendered = DocumentRenderer.render("one\n\ntwo", List.of());

        assertThat(DocumentRenderer.blockAt(rendered, 0)).isSameAs(rendered.blocks().get(0));
        assertThat(DocumentRenderer.blockAt(rendered, 2)).isSameAs(rendered.blocks().get(0));
        assertThat(DocumentRenderer.blockAt(rendered, 3)).isNull();
        assertThat(DocumentRenderer.blockAt(rendered, 5)).isSameAs(rendered.blocks().get(1));
        assertThat(DocumentRenderer.blockAt(rendered, 8)).isNull();
    }
}
