package org.forecastledger.ingest;

import org.forecastledger.claim.HedgeBand;
import org.forecastledger.ingest.ForecastDetector.Detection;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The detector on short hand-written sentences: what forecasts is suggested, the rest is not. */
class ForecastDetectorTest {

    private static final List<Guesses.ThemeWords> THEMES = List.of(
            new Guesses.ThemeWords("sanctions", "Sanctions and economic pressure", "Sanctions, ways around them."),
            new Guesses.ThemeWords("elections", "Elections and leaders", "Who wins the vote, what presidents do."));

    private final ForecastDetector detector = ForecastDetector.forDocument(THEMES, "The author",
            LocalDate.of(2026, 2, 1));

    private Detection only(String sentence) {
        List<Detection> found = detector.detect(sentence);
        assertThat(found).as(sentence).hasSize(1);
        assertThat(found.get(0).quote()).isEqualTo(sentence.strip());
        return found.get(0);
    }

    private void none(String sentence) {
        assertThat(detector.detect(sentence)).as(sentence).isEmpty();
    }

    @Test
    void aPlainForecastIsVeryLikely() {
        Detection d = only("The government will raise sanctions on oil exports next year.");
        assertThat(d.band()).isEqualTo(HedgeBand.VERY_LIKELY);
        assertThat(d.hedgeWords()).isEqualTo("will");
        assertThat(d.themeId()).isEqualTo("sanctions");
        assertThat(d.horizon().until()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(d.attributedTo()).isEqualTo("The author");
    }

    @Test
    void aHedgedForecastTakesTheBandOfItsEstimativeWords() {
        assertThat(only("The president will probably lose the vote in 2028.").band()).isEqualTo(HedgeBand.LIKELY);
        assertThat(only("A new round of talks may begin in the spring.").band()).isEqualTo(HedgeBand.ROUGHLY_EVEN);
        assertThat(only("It is almost certain that prices will keep rising.").band())
                .isEqualTo(HedgeBand.ALMOST_CERTAIN);
        Detection unlikely = only("A breakthrough in the negotiations is unlikely before the summer.");
        assertThat(unlikely.band()).as("phrased the way the source leans: no breakthrough").isEqualTo(HedgeBand.LIKELY);
        assertThat(unlikely.hedgeWords()).isEqualTo("unlikely");
    }

    @Test
    void anAttributedExpectationNamesItsHolder() {
        assertThat(only("Western diplomats expect the ceasefire to hold through the winter.").attributedTo())
                .isEqualTo("Western diplomats");
        assertThat(only("According to the central bank, inflation will slow to four percent.").attributedTo())
                .isEqualTo("the central bank");
        assertThat(only("The Kremlin believes that the sanctions regime is going to weaken.").attributedTo())
                .isEqualTo("The Kremlin");
    }

    @Test
    void aConditionalForecastIsSuggested() {
        Detection d = only("If the talks fail, the fighting would resume along the whole front.");
        assertThat(d.band()).isEqualTo(HedgeBand.ROUGHLY_EVEN);
    }

    @Test
    void descriptionsOfThePastAreNot() {
        none("The ceasefire collapsed in 2022 after both sides accused each other of violations.");
        none("In 2019 most analysts expected that the talks would fail.");
        none("The minister had hoped the deal would be signed before the election.");
    }

    @Test
    void adviceIsNot() {
        none("The West must stop supplying weapons and should open talks at once.");
        none("Europe needs to invest more in its own defence.");
        none("Do not trust any promise made in Moscow.");
    }

    @Test
    void questionsAreNot() {
        none("Will the sanctions ever be lifted?");
        none("What could possibly go wrong for the Kremlin next year?");
    }

    @Test
    void wordsThatOnlyLookLikeModalsAreNotForecasts() {
        none("The political will of the coalition is strong.");
        none("The summit was held in May in Geneva.");
    }

    @Test
    void offsetsAreUtf16IndicesIntoTheText() {
        String text = "Intro 😀 line.\nThe alliance — analysts say — will likely expand eastward.\n";
        Detection d = detector.detect(text).get(0);
        assertThat(text.substring(d.start(), d.end())).isEqualTo(d.quote())
                .isEqualTo("The alliance — analysts say — will likely expand eastward.");
        assertThat(d.band()).isEqualTo(HedgeBand.LIKELY);
    }

    @Test
    void theListIsOrderedByScore() {
        List<Detection> found = detector.detect("Prices may rise. Experts expect that prices will almost certainly "
                + "rise sharply in the coming months if the war goes on. The weather was fine.");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
        assertThat(found.get(0).quote()).startsWith("Experts expect");
    }
}
