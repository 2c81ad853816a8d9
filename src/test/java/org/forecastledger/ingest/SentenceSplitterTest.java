package org.forecastledger.ingest;

import org.forecastledger.ingest.SentenceSplitter.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences, list items and clauses, with spans that are exact quotes of the text. */
class SentenceSplitterTest {

    private static List<String> texts(String text) {
        List<Sentence> sentences = SentenceSplitter.split(text);
        for (Sentence s : sentences) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void semicolonsTableBarsAndArrowsSeparateItems() {
        assertThat(texts("Sanctions will remain; trade will fall")).containsExactly("Sanctions will remain",
                "trade will fall");
        assertThat(texts("Sanctions will remain | trade will fall")).containsExactly("Sanctions will remain",
                "trade will fall");
        assertThat(texts("Sanctions will remain → trade will fall")).containsExactly("Sanctions will remain",
                "trade will fall");
    }

    @Test
    void aSeparatorInsideParenthesesEndsNoClause() {
        assertThat(texts("Reports (Izvestiya, 26 January; Kommersant, 27 January) say prices rise; wages fall"))
                .containsExactly("Reports (Izvestiya, 26 January; Kommersant, 27 January) say prices rise",
                        "wages fall");
        assertThat(texts("Prices (in euros) rise; wages (in roubles) fall; rents stay"))
                .containsExactly("Prices (in euros) rise", "wages (in roubles) fall", "rents stay");
        assertThat(texts("Stray ) bracket; then (open; and on")).containsExactly("Stray ) bracket",
                "then (open; and on");
    }

    @Test
    void bulletsAndTimestampsStayOutsideTheSpan() {
        List<Sentence> sentences = SentenceSplitter.split("Intro.\n  - Prices will rise [12:30]\n2) Wages fall.");
        assertThat(sentences).extracting(Sentence::text).containsExactly("Intro.", "Prices will rise", "Wages fall.");
        assertThat(sentences.get(1).start()).isEqualTo(11);
        assertThat(sentences.get(2).start()).isEqualTo(39);
    }

    @Test
    void spansWithoutLettersAreDropped() {
        assertThat(texts("- 12; 34 | Prices rise")).containsExactly("Prices rise");
        assertThat(texts("")).isEmpty();
    }
}
