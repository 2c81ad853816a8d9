package org.forecastledger.ingest;

import org.forecastledger.ingest.SentenceSplitter.Sentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Guesses of attribution, theme, horizon and statement on short hand-written texts. */
class GuessesTest {

    private static final List<Guesses.ThemeWords> THEMES = List.of(
            new Guesses.ThemeWords("sanctions", "Sanctions and economic pressure", "Embargoes on oil exports."),
            new Guesses.ThemeWords("elections", "Elections and leaders", "Who wins the vote, presidents."),
            new Guesses.ThemeWords("nato-army", "Military alliance", "Troops, tanks and missiles."));

    private final Guesses guesses = new Guesses(THEMES, "The author", LocalDate.of(2026, 2, 1));

    private String themeOf(String text, String sentence) {
        int at = text.indexOf(sentence);
        return guesses.theme(text, new Sentence(at, at + sentence.length(), sentence));
    }

    @Test
    void theThemeIsTheOneSharingMostWordsWithTheSentence() {
        assertThat(themeOf("Voters will reject the presidents in the elections.",
                "Voters will reject the presidents in the elections.")).isEqualTo("elections");
        assertThat(themeOf("Troops and tanks will move.", "Troops and tanks will move.")).isEqualTo("nato-army");
        assertThat(themeOf("The NATO army grows.", "The NATO army grows.")).as("the id's words count")
                .isEqualTo("nato-army");
        assertThat(themeOf("Oil embargoes and elections loom; missiles and troops and tanks too.",
                "Oil embargoes and elections loom; missiles and troops and tanks too."))
                .as("three shared stems beat two").isEqualTo("nato-army");
    }

    @Test
    void aTieGoesToTheFirstTheme() {
        assertThat(themeOf("Sanctions and elections ahead.", "Sanctions and elections ahead.")).isEqualTo("sanctions");
        assertThat(themeOf("Elections and sanctions ahead.", "Elections and sanctions ahead.")).isEqualTo("sanctions");
    }

    @Test
    void withoutSharedWordsTheParagraphThenTheWholeTextDecides() {
        String text = "Nothing here matters.\nThe vote is near. It will be close.\nMore plain words.";
        assertThat(themeOf(text, "It will be close.")).as("its paragraph").isEqualTo("elections");
        String last = "Troops gather.\nThe vote is near. It will be close.";
        assertThat(themeOf(last, "It will be close.")).as("last paragraph, no line end").isEqualTo("elections");
        String whole = "Troops and tanks gather.\n\nIt will be close.\nNothing else.";
        assertThat(themeOf(whole, "It will be close.")).as("the whole text").isEqualTo("nato-army");
        assertThat(themeOf("It will be close.", "It will be close.")).as("nothing shared: the first")
                .isEqualTo("sanctions");
        Guesses none = new Guesses(List.of(), "The author", LocalDate.of(2026, 2, 1));
        assertThat(none.theme("Troops gather.", new Sentence(0, 14, "Troops gather."))).isNull();
    }

    @Test
    void stemsAreTheFirstFiveLettersOfLongerWordsAndAcronyms() {
        assertThat(Guesses.stems("Sanctions rise rises with oil")).containsExactlyInAnyOrder("sanct", "rise", "rises");
        assertThat(Guesses.stems("NATO EU A Ab ABCDEF")).containsExactlyInAnyOrder("nato", "eu", "abcde");
        assertThat(Guesses.stems("WORLD order")).as("an acronym even when a stop word").containsExactly("world");
        assertThat(Guesses.stems("中 中国 中华人 中华人民共和国")).containsExactlyInAnyOrder("中国", "中华人", "中华人民共");
        assertThat(Guesses.stems("the and")).isEmpty();
    }

    @Test
    void pastYearsAreReadAgainstThePublicationYear() {
        assertThat(guesses.onlyPastYears("Prices rose in 2025.")).isTrue();
        assertThat(guesses.onlyPastYears("Prices rise in 2026.")).isFalse();
        assertThat(guesses.onlyPastYears("Prices rose in 2020 and will in 2027.")).isFalse();
        assertThat(guesses.onlyPastYears("Prices will rise in 2027 as in 2020.")).isFalse();
        assertThat(guesses.onlyPastYears("Prices rose in 2019 and 2020.")).isTrue();
        assertThat(guesses.onlyPastYears("Prices rise.")).isNull();
        Guesses undated = new Guesses(THEMES, "The author", null);
        assertThat(undated.onlyPastYears("Prices rose in 1999.")).isTrue();
        assertThat(undated.onlyPastYears("Prices rise in 2099.")).isFalse();
        assertThat(undated.horizon("Prices rise by 2099.").until()).isNull();
        assertThat(undated.horizon("Prices rise next year.").until().getYear())
                .isEqualTo(LocalDate.now().getYear() + 1);
    }

    @Test
    void theHorizonIsTheLatestYearAheadOrNextYearOrOpenEnded() {
        assertThat(guesses.horizon("Prices will rise by 2027.")).isEqualTo(
                new Guesses.Horizon("By the end of 2027", LocalDate.of(2027, 12, 31)));
        assertThat(guesses.horizon("Prices will rise this year, in 2026.").until()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(guesses.horizon("Prices will rise in 2028 or 2027.").until()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(guesses.horizon("Prices will rise in 2027 or 2028.").until()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(guesses.horizon("Prices will rise by 2056.").until()).isEqualTo(LocalDate.of(2056, 12, 31));
        assertThat(guesses.horizon("Prices will rise by 2057.")).isEqualTo(new Guesses.Horizon("Open-ended", null));
        assertThat(guesses.horizon("Prices rose in 2025.")).isEqualTo(new Guesses.Horizon("Open-ended", null));
        assertThat(guesses.horizon("Prices will rise next year.").until()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(guesses.horizon("Prices will rise in 2029, not next year.").until())
                .isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(guesses.horizon("Prices will rise.")).isEqualTo(new Guesses.Horizon("Open-ended", null));
    }

    @Test
    void attributionNamesTheSourceTheSpeakerOrTheHolder() {
        assertThat(guesses.attribution("According to the central bank, prices will rise."))
                .isEqualTo("the central bank");
        assertThat(guesses.attribution("According to one two three four five six seven eight, prices will rise."))
                .isEqualTo("one two three four five six seven eight");
        assertThat(guesses.attribution("According to one two three four five six seven eight nine, prices rise."))
                .isEqualTo("The author");
        assertThat(guesses.attribution("“Prices will rise,” Zelenskyy said.")).isEqualTo("Zelenskyy");
        assertThat(guesses.attribution("“Prices will rise,” He said.")).isEqualTo("The author");
        assertThat(guesses.attribution("Western analysts expect prices to rise.")).isEqualTo("Western analysts");
        assertThat(guesses.attribution("the bankers said prices will rise.")).isEqualTo("The bankers");
        assertThat(guesses.attribution("Prices will rise.")).isEqualTo("The author");
    }

    @Test
    void theStatementIsOneCapitalisedSentence() {
        assertThat(Guesses.statement("  prices   will\nrise ")).isEqualTo("Prices will rise.");
        assertThat(Guesses.statement("prices will rise!")).isEqualTo("Prices will rise!");
        assertThat(Guesses.statement("prices will rise…")).isEqualTo("Prices will rise…");
        assertThat(Guesses.statement("prices will rise.")).isEqualTo("Prices will rise.");
        String exact = "A" + "b".repeat(997) + ".";
        assertThat(Guesses.statement(exact)).isEqualTo(exact);
        String longer = "A" + "b".repeat(998) + ".";
        assertThat(Guesses.statement(longer)).hasSize(999).endsWith("b…");
    }
}
