package org.forecastledger.review;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The unified diff to the character: context, merged hunks, line numbers after earlier hunks, missing final newlines. */
class UnifiedDiffTest {

    static List<String> numbered(int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add("l" + i + "\n");
        }
        return lines;
    }

    @Test
    void linesKeepTheirEndsAndALastLineWithoutOne() {
        assertThat(UnifiedDiff.lines("a\nb\r\nc")).containsExactly("a\n", "b\r\n", "c");
        assertThat(UnifiedDiff.lines("a\n")).containsExactly("a\n");
        assertThat(UnifiedDiff.lines("")).isEmpty();
    }

    @Test
    void noReplacementNoDiff() {
        assertThat(UnifiedDiff.of("f", numbered(3), List.of())).isEmpty();
    }

    @Test
    void oneReplacementHasThreeLinesOfContextEachSide() {
        String diff = UnifiedDiff.of("f", numbered(10), List.of(new UnifiedDiff.Replacement(4, 5, List.of("x\n"))));
        assertThat(diff).isEqualTo("diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n l2\n l3\n l4\n-l5\n+x\n"
                + " l6\n l7\n l8\n");
    }

    @Test
    void contextIsCutAtTheStartAndEndOfTheFile() {
        String diff = UnifiedDiff.of("f", numbered(3), List.of(new UnifiedDiff.Replacement(0, 1, List.of("x\n", "y\n"))));
        assertThat(diff).endsWith("@@ -1,3 +1,4 @@\n-l1\n+x\n+y\n l2\n l3\n");
    }

    @Test
    void replacementsSixLinesApartShareAHunkAndSevenApartDoNot() {
        String shared = UnifiedDiff.of("f", numbered(20), List.of(new UnifiedDiff.Replacement(2, 3, List.of("x\n")),
                new UnifiedDiff.Replacement(9, 10, List.of("y\n"))));
        assertThat(shared.split("@@ ", -1)).as("one hunk").hasSize(2);
        assertThat(shared).contains("@@ -1,13 +1,13 @@\n");
        String apart = UnifiedDiff.of("f", numbered(20), List.of(new UnifiedDiff.Replacement(2, 3, List.of("x\n")),
                new UnifiedDiff.Replacement(10, 11, List.of("y\n"))));
        assertThat(apart.split("@@ ", -1)).as("two hunks").hasSize(3);
        assertThat(apart).contains("@@ -1,6 +1,6 @@\n").contains("@@ -8,7 +8,7 @@\n");
    }

    @Test
    void aLaterHunkStartsWhereTheEarlierChangesMovedIt() {
        String diff = UnifiedDiff.of("f", numbered(30), List.of(
                new UnifiedDiff.Replacement(2, 3, List.of("x\n", "x2\n", "x3\n")),
                new UnifiedDiff.Replacement(20, 22, List.of())));
        assertThat(diff).contains("@@ -1,6 +1,8 @@\n").contains("@@ -18,8 +20,6 @@\n l18\n l19\n l20\n-l21\n-l22\n l23\n");
    }

    @Test
    void anInsertionIntoAnEmptyFileNamesLineZero() {
        String diff = UnifiedDiff.of("f", List.of(), List.of(new UnifiedDiff.Replacement(0, 0, List.of("x\n"))));
        assertThat(diff).endsWith("@@ -0,0 +1,1 @@\n+x\n");
    }

    @Test
    void aLineWithoutFinalNewlineIsMarked() {
        List<String> old = List.of("a\n", "b");
        String diff = UnifiedDiff.of("f", old, List.of(new UnifiedDiff.Replacement(1, 2, List.of("c"))));
        assertThat(diff).endsWith("@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n"
                + "\\ No newline at end of file\n");
    }
}
