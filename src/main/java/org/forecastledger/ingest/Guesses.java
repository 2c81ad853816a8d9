package org.forecastledger.ingest;

import org.forecastledger.ingest.SentenceSplitter.Sentence;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A suggestion's guesses, for the reviewer to confirm or correct: who makes the forecast (an attribution cue, else
 * the document's author), its theme (the theme whose title and description share most words with the sentence, else
 * with its paragraph, else the text's most frequent), its horizon (a year ahead named in the sentence) and a
 * statement (the quote as one sentence).
 */
public final class Guesses {

    /** A theme and the words of its title and description. */
    public record ThemeWords(String id, String title, String description) {
    }

    /** A horizon in words and, when the text names one, its last day. */
    public record Horizon(String label, LocalDate until) {
    }

    private static final Pattern ACCORDING = Pattern.compile("(?i)according to ((?:the )?[\\p{L}’'.\\- ]{2,80}?)(?=[,;:.]|$)");
    private static final Pattern HOLDER = Pattern.compile("((?:[Tt]he )?(?:[\\p{Lu}][\\p{L}’'.\\-]*\\s){0,3}"
            + "(?:[\\p{Lu}][\\p{L}’'.\\-]*|experts|analysts|officials|observers|diplomats|insiders|economists|"
            + "commentators|\\p{Ll}{2,}(?:ers|ists|ians|ants|ents|ors))(?:\\s(?:reportedly|also|still|now|widely))?)\\s(?:expects?|believes?|predicts?|forecasts?|"
            + "anticipates?|assumes?|fears?|warns?|hopes?|thinks?|estimates?|is convinced|are convinced|said|says|"
            + "told|added|argued|wrote|noted)\\b");
    /** A quotation followed by its speaker: "…,” Zelenskyy said / “…,” said the minister. */
    private static final Pattern SPEAKER = Pattern.compile("[”\"’],?\\s+(?:(?:said|says|added|told \\w+)\\s+)?"
            + "((?:the )?(?:[\\p{Lu}][\\p{L}’'.\\-]*\\s?){1,4})(?:\\s(?:said|says|added|told))?");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern NEXT_YEAR = Pattern.compile("(?i)\\bnext year\\b");
    private static final Set<String> STOP = Set.of("with", "from", "that", "this", "their", "they", "them", "what",
            "when", "which", "each", "ways", "over", "into", "around", "about", "other", "global", "issues", "place",
            "world", "order", "relations", "russia", "russian", "russia's", "shape", "terms", "effect", "will");
    private static final Set<String> HOLDER_STOP = Set.of("It", "This", "That", "There", "These", "Those", "He",
            "She", "They", "We", "I", "Many", "Some", "But", "And", "However", "Yet", "So");

    private final List<ThemeWords> themes;
    private final List<Set<String>> themeStems;
    private final String defaultAttribution;
    private final LocalDate publishedOn;

    public Guesses(List<ThemeWords> themes, String defaultAttribution, LocalDate publishedOn) {
        this.themes = List.copyOf(themes);
        this.themeStems = themes.stream().map(theme -> stems(theme.title() + " " + theme.description() + " "
                + theme.id().replace('-', ' '))).toList();
        this.defaultAttribution = defaultAttribution;
        this.publishedOn = publishedOn;
    }

    String attribution(String quote) {
        Matcher according = ACCORDING.matcher(quote);
        if (according.find() && according.group(1).trim().split("\\s+").length <= 8) {
            return according.group(1).trim();
        }
        Matcher speaker = SPEAKER.matcher(quote);
        if (speaker.find() && !HOLDER_STOP.contains(speaker.group(1).trim().split("\\s+")[0])) {
            return speaker.group(1).trim();
        }
        Matcher holder = HOLDER.matcher(quote);
        while (holder.find()) {
            String who = holder.group(1).replaceAll("\\s(?:reportedly|also|still|now|widely)$", "").trim();
            String first = who.split("\\s+")[0];
            if (!HOLDER_STOP.contains(first)) {
                return Character.toUpperCase(who.charAt(0)) + who.substring(1);
            }
        }
        return defaultAttribution;
    }

    /** The best theme for the sentence, else for its paragraph, else for the whole text. */
    String theme(String text, Sentence sentence) {
        if (themes.isEmpty()) {
            return null;
        }
        int best = bestTheme(stems(sentence.text()));
        if (best < 0) {
            int from = text.lastIndexOf('\n', sentence.start()) + 1;
            int to = text.indexOf('\n', sentence.end());
            best = bestTheme(stems(text.substring(from, to < 0 ? text.length() : to)));
        }
        if (best < 0) {
            best = Math.max(0, bestTheme(stems(text)));
        }
        return themes.get(best).id();
    }

    private int bestTheme(Set<String> words) {
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < themes.size(); i++) {
            int score = 0;
            for (String stem : themeStems.get(i)) {
                if (words.contains(stem)) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** Lower-case word stems (first five letters) of the words of four letters or more, stop words left out. */
    static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}’']+")) {
            if (word.length() >= 4 && !STOP.contains(word)) {
                stems.add(word.length() > 5 ? word.substring(0, 5) : word);
            } else if (word.length() >= 2 && word.length() <= 3 && word.equals(word.toUpperCase(Locale.ROOT))) {
                stems.add(word);
            }
        }
        for (String acronym : text.split("[^\\p{L}]+")) {
            if (acronym.length() >= 2 && acronym.length() <= 5 && acronym.chars().allMatch(Character::isUpperCase)) {
                stems.add(acronym.toLowerCase(Locale.ROOT));
            }
        }
        return stems;
    }

    /** Whether the sentence names years and all of them lie before the year of publication (null: it names none). */
    Boolean onlyPastYears(String quote) {
        int reference = publishedOn == null ? LocalDate.now().getYear() : publishedOn.getYear();
        Boolean past = null;
        Matcher years = YEAR.matcher(quote);
        while (years.find()) {
            past = (past == null || past) && Integer.parseInt(years.group(1)) < reference;
        }
        return past;
    }

    /** A year ahead of publication named in the sentence, "next year", or open-ended. */
    Horizon horizon(String quote) {
        int reference = publishedOn == null ? LocalDate.now().getYear() : publishedOn.getYear();
        Integer year = null;
        Matcher years = YEAR.matcher(quote);
        while (years.find()) {
            int found = Integer.parseInt(years.group(1));
            if (found >= reference && found <= reference + 30) {
                year = year == null ? found : Math.max(year, found);
            }
        }
        if (year == null && NEXT_YEAR.matcher(quote).find()) {
            year = reference + 1;
        }
        if (year == null) {
            return new Horizon("Open-ended", null);
        }
        return new Horizon("By the end of " + year, LocalDate.of(year, 12, 31));
    }

    /** The quote as a statement: one sentence, capitalised, ending with a full stop, at most 1000 characters. */
    static String statement(String quote) {
        String statement = quote.replaceAll("\\s+", " ").trim();
        if (statement.length() > 999) {
            statement = statement.substring(0, 998).trim() + "…";
        }
        statement = Character.toUpperCase(statement.charAt(0)) + statement.substring(1);
        return statement.matches(".*[.!…]$") ? statement : statement + ".";
    }
}
