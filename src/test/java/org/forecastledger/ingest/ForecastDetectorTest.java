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
    @Test
    void aLeadInLendsItsForwardLookToTheItemsAfterIt() {
        String text = "We expect the following  :\n- Sanctions will remain in place for years.\n"
                + "- Preservation of the strategic partnership with China.\n- You must leave the country now.\n"
                + "- Who pays for all of it?\n";
        List<Detection> found = detector.detect(text);
        assertThat(found).extracting(Detection::quote).containsExactly("Sanctions will remain in place for years.",
                "We expect the following", "Preservation of the strategic partnership with China.");
        Detection item = found.get(2);
        assertThat(item.hedgeWords()).isEqualTo("(implied by its list)");
        assertThat(item.band()).isEqualTo(HedgeBand.LIKELY);
        assertThat(item.score()).isEqualTo(0.3);
        assertThat(item.statement()).isEqualTo("Preservation of the strategic partnership with China.");
        assertThat(text.substring(item.start(), item.end())).isEqualTo(item.quote());
    }

    @Test
    void withoutAColonThereIsNoList() {
        assertThat(detector.detect("We expect the following.\n- Preservation of the strategic partnership with China.\n"))
                .extracting(Detection::quote).containsExactly("We expect the following.");
        assertThat(detector.detect("Preservation of the partnership with China:\n- The end of cheap gas for Europe.\n"))
                .as("no forecast announces it").isEmpty();
        assertThat(detector.detect("Prices will rise in the coming months")).hasSize(1);
    }

    @Test
    void anItemOnALineOfForecastItemsIsOneMore() {
        String text = "Intro line here.\nSanctions will remain; trade will fall; preservation of the partnership with China\n";
        List<Detection> found = detector.detect(text);
        assertThat(found).extracting(Detection::quote).containsExactly("Sanctions will remain", "trade will fall",
                "preservation of the partnership with China");
        assertThat(found.get(2).hedgeWords()).isEqualTo("(implied by its list)");
        assertThat(detector.detect("Sanctions will remain; trade will fall; preservation of the partnership; "
                + "the end of cheap gas")).hasSize(4);
        assertThat(detector.detect("Sanctions will remain; trade will fall; preservation of the partnership; "
                + "the end of cheap gas; a new trade order")).as("fewer forecasts than other items").hasSize(2);
        assertThat(detector.detect("Sanctions will remain; preservation of the partnership with China"))
                .as("one forecast is no list").hasSize(1);
        assertThat(detector.detect("Sanctions will remain. Trade will fall. Preservation of the partnership here."))
                .as("sentences, not list items").hasSize(2);
        assertThat(detector.detect("Sanctions will remain; trade will fall; who pays for it?"))
                .extracting(Detection::quote).containsExactly("Sanctions will remain", "trade will fall");
    }

    @Test
    void theScoreGrowsWithTheWeightOfTheCues() {
        assertThat(only("Prices will rise.").score()).as("three words are enough").isEqualTo(0.455);
        assertThat(only("Prices will rise soon.").score()).isEqualTo(0.538);
        assertThat(only("Prices will likely rise.").score()).isEqualTo(0.647);
        assertThat(only("Prices will likely rise in 2027.").score()).as("a year ahead counts").isEqualTo(0.684);
        assertThat(only("Prices will likely rise in 2025.").score()).isEqualTo(0.647);
        assertThat(only("Prices will rise soon in 2027.").score()).as("time ahead already counted").isEqualTo(0.538);
        assertThat(only("Prices will rise, will rise, will rise, will rise.").score())
                .as("a kind counts at most twice").isEqualTo(0.625);
        none("Prices rise.");
    }

    @Test
    void adviceIsKeptOnlyWithAStrongForecast() {
        assertThat(only("Governments should act because prices will rise.").band()).isEqualTo(HedgeBand.VERY_LIKELY);
        assertThat(only("Governments should act because prices may rise.").band()).isEqualTo(HedgeBand.ROUGHLY_EVEN);
        none("Governments should act because prices would rise.");
        none("Governments should act because officials plan to raise taxes.");
        assertThat(only("Officials plan to raise taxes.").hedgeWords()).isEqualTo("plan to");
    }

    @Test
    void pastGrammarIsKeptWhenTheWordsStillLookAhead() {
        assertThat(only("Prices were high and could rise.").score()).isEqualTo(0.4);
        assertThat(only("Prices rose in 2022 and may rise again.").score()).isEqualTo(0.4);
        assertThat(only("Prices were likely to rise.").band()).isEqualTo(HedgeBand.LIKELY);
        none("Prices were high and would rise.");
        none("Prices were expected to rise.");
    }

    @Test
    void hedgeWordsAreInTheirOrderAndALongerCueHidesTheShorterInside() {
        assertThat(only("Prices will fall but may rise.").hedgeWords()).isEqualTo("will … may");
        assertThat(only("Prices will most likely rise.").hedgeWords()).isEqualTo("will … most likely");
        assertThat(only("Prices will rise very likely").hedgeWords()).isEqualTo("will … very likely");
        assertThat(only("The coalition will soon show its political will").hedgeWords()).isEqualTo("will");
    }

    @Test
    void hedgeWordsAndBandOfAnyPassage() {
        assertThat(ForecastDetector.hedgeWordsOf("Prices will probably rise, may fall, could stall, will climb."))
                .isEqualTo("will … probably … may");
        assertThat(ForecastDetector.hedgeWordsOf("Prices will fall but may rise.")).isEqualTo("will … may");
        assertThat(ForecastDetector.hedgeWordsOf("Prices can rise and will fall.")).isEqualTo("will");
        assertThat(ForecastDetector.hedgeWordsOf("Prices will rise.")).isEqualTo("will");
        assertThat(ForecastDetector.hedgeWordsOf("Prices can rise.")).isNull();
        assertThat(ForecastDetector.hedgeWordsOf("The weather is fine today.")).isNull();
        assertThat(ForecastDetector.bandOf("Prices will very likely rise.")).isEqualTo(HedgeBand.VERY_LIKELY);
        assertThat(ForecastDetector.bandOf("Prices may rise and will fall.")).isEqualTo(HedgeBand.ROUGHLY_EVEN);
    }
}
