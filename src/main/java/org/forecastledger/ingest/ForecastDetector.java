package org.forecastledger.ingest;

import org.forecastledger.claim.HedgeBand;
import org.forecastledger.ingest.EstimativeLanguage.Cue;
import org.forecastledger.ingest.EstimativeLanguage.Kind;
import org.forecastledger.ingest.SentenceSplitter.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds the sentences of a text that make forecasts: each sentence is read for estimative words, future and modal
 * forms, expectations, intentions, time ahead, conditions and attribution; questions, advice and descriptions of
 * the past are left out. Each detection carries its exact span, hedge words and band, guesses of attribution, theme
 * and horizon, and a score between 0 and 1; the list is ordered by score, best first.
 */
public final class ForecastDetector {

    /** A suggested forecast: the quote is {@code text.substring(start, end)}. */
    public record Detection(int start, int end, String quote, String hedgeWords, HedgeBand band, String attributedTo,
            String themeId, double score, Guesses.Horizon horizon, String statement) {
    }

    /** Below this raw weight a sentence is not suggested. */
    static final double THRESHOLD = 2.0;
    private static final int MIN_WORDS = 3;
    private static final double LIST_SCORE = 0.3;
    private static final int LEAD_IN_ITEMS = 6;
    /** A markdown heading, or a "key: value" line of front matter: titles, not sentences. */
    private static final java.util.regex.Pattern NOT_PROSE = java.util.regex.Pattern.compile("^(?:#{1,6}\\s|[a-z]+:\\s|---)");
    private static final int MAX_QUOTE = 4000;

    private final Guesses guesses;

    public ForecastDetector(Guesses guesses) {
        this.guesses = guesses;
    }

    public List<Detection> detect(String text) {
        List<Detection> found = new ArrayList<>();
        Map<Integer, List<Sentence>> lines = new java.util.TreeMap<>();
        Map<Integer, Integer> detectedPerLine = new java.util.HashMap<>();
        int announced = 0;
        for (Sentence sentence : SentenceSplitter.split(text)) {
            int line = text.lastIndexOf('\n', sentence.start());
            Detection detection = judge(text, sentence);
            if (detection == null && announced > 0) {
                detection = byItsList(text, sentence);
            }
            announced = leadIn(text, sentence, detection) ? LEAD_IN_ITEMS : Math.max(0, announced - 1);
            if (detection != null) {
                found.add(detection);
                detectedPerLine.merge(line, 1, Integer::sum);
            } else {
                lines.computeIfAbsent(line, l -> new ArrayList<>()).add(sentence);
            }
        }
        lines.forEach((line, rest) -> {
            int detected = detectedPerLine.getOrDefault(line, 0);
            int to = text.indexOf('\n', line + 1);
            String lineText = text.substring(line + 1, to < 0 ? text.length() : to);
            if (detected >= 2 && detected >= rest.size() && EstimativeLanguage.LIST_LINE.matcher(lineText).find()) {
                rest.stream().map(sentence -> byItsList(text, sentence)).filter(java.util.Objects::nonNull)
                        .forEach(found::add);
            }
        });
        found.sort(Comparator.comparingDouble(Detection::score).reversed().thenComparingInt(Detection::start));
        return found;
    }

    /** The detection for one sentence, or null when it does not forecast. */
    Detection judge(String text, Sentence sentence) {
        String quote = sentence.text();
        if (quote.length() > MAX_QUOTE || quote.split("\\s+").length < MIN_WORDS || quote.endsWith("?")
                || NOT_PROSE.matcher(quote).find()
                || EstimativeLanguage.IMPERATIVE.matcher(quote).find()) {
            return null;
        }
        List<Found> cues = cues(quote);
        Map<Kind, Double> weight = new EnumMap<>(Kind.class);
        Map<Kind, Integer> count = new EnumMap<>(Kind.class);
        for (Found cue : cues) {
            if (count.merge(cue.cue.kind(), 1, Integer::sum) <= 2) {
                weight.merge(cue.cue.kind(), cue.cue.weight(), Double::sum);
            }
        }
        double forward = sum(weight, Kind.ESTIMATE, Kind.FUTURE, Kind.EXPECTATION, Kind.INTENTION, Kind.TREND)
                + cues.stream().filter(c -> c.cue.kind() == Kind.MODAL).mapToDouble(c -> c.cue.weight()).limit(2).sum();
        boolean committal = cues.stream().anyMatch(c -> c.cue.band() != null);
        if (!committal) {
            return null;
        }
        boolean strong = cues.stream().anyMatch(c -> c.cue.band() != null && c.cue.kind() != Kind.MODAL
                && c.cue.kind() != Kind.INTENTION) || cues.stream().anyMatch(c -> c.cue.kind() == Kind.MODAL
                && c.cue.band() != null && !c.text.equalsIgnoreCase("would"));
        if (EstimativeLanguage.ADVICE.matcher(quote).find() && !strong) {
            return null;
        }
        double raw = forward + sum(weight, Kind.TIME_AHEAD, Kind.CONDITION, Kind.ATTRIBUTION);
        boolean forwardInAnyTense = cues.stream().anyMatch(c -> c.cue.kind() == Kind.FUTURE
                || c.cue.kind() == Kind.ESTIMATE || c.cue.kind() == Kind.MODAL && c.text.matches("(?i)may|might|could"));
        Boolean pastYears = guesses.onlyPastYears(quote);
        if (Boolean.FALSE.equals(pastYears) && !weight.containsKey(Kind.TIME_AHEAD)) {
            raw += 1;
        }
        boolean pastGrammar = EstimativeLanguage.PAST.matcher(quote).find() || Boolean.TRUE.equals(pastYears);
        if (!forwardInAnyTense && pastGrammar && !EstimativeLanguage.NOT_PAST.matcher(quote).find()) {
            raw -= 2.5;
        }
        if (raw < THRESHOLD) {
            return null;
        }
        Found deciding = deciding(cues);
        String hedgeWords = cues.stream().filter(c -> c.cue.band() != null).sorted(Comparator.comparingInt(c -> c.at))
                .map(c -> c.text).distinct().limit(3).reduce((a, b) -> a + " … " + b).orElse(deciding.text);
        double score = Math.round(raw / (raw + 3) * 1000) / 1000.0;
        return new Detection(sentence.start(), sentence.end(), quote, clip(hedgeWords, 200), deciding.cue.band(),
                guesses.attribution(quote), guesses.theme(text, sentence), score, guesses.horizon(quote),
                Guesses.statement(quote));
    }

    /**
     * A forecast that announces a list ("Russia's objective is to persuade Washington:", "We expect the following:")
     * lends its forward look to the items after it.
     */
    private static boolean leadIn(String text, Sentence sentence, Detection detection) {
        int after = sentence.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return detection != null && detection.score() > LIST_SCORE && after < text.length()
                && text.charAt(after) == ':';
    }

    /**
     * An item of a list (or a table row) whose other items mostly forecast is read as one more forecast, unless it
     * is a question, advice or a heading: "→ Sanctions will remain; → Preservation of the partnership;".
     */
    private Detection byItsList(String text, Sentence sentence) {
        String quote = sentence.text();
        if (quote.length() > MAX_QUOTE || quote.split("\\s+").length < MIN_WORDS || quote.endsWith("?")
                || quote.startsWith("|") || NOT_PROSE.matcher(quote).find()
                || EstimativeLanguage.IMPERATIVE.matcher(quote).find()
                || EstimativeLanguage.ADVICE.matcher(quote).find()) {
            return null;
        }
        return new Detection(sentence.start(), sentence.end(), quote, "(implied by its list)", HedgeBand.LIKELY,
                guesses.attribution(quote), guesses.theme(text, sentence), LIST_SCORE, guesses.horizon(quote),
                Guesses.statement(quote));
    }

    /** The cue that names the band: an explicit estimate first, then a modal, an expectation, an intention, "will". */
    private static Found deciding(List<Found> cues) {
        for (Kind kind : List.of(Kind.ESTIMATE, Kind.MODAL, Kind.EXPECTATION, Kind.INTENTION, Kind.TREND, Kind.FUTURE)) {
            for (Found cue : cues) {
                if (cue.cue.kind() == kind && cue.cue.band() != null) {
                    return cue;
                }
            }
        }
        throw new IllegalStateException("a committal sentence has a cue with a band");
    }

    private record Found(Cue cue, String text, int at) {
    }

    /** Every cue in the sentence; a cue inside a longer one already found ("likely" in "most likely") is skipped. */
    private static List<Found> cues(String quote) {
        String masked = mask(quote);
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[masked.length()];
        for (Cue cue : EstimativeLanguage.CUES) {
            Matcher matcher = cue.pattern().matcher(masked);
            while (matcher.find()) {
                boolean claims = cue.band() != null;
                if (claims && taken[matcher.start()]) {
                    continue;
                }
                if (claims) {
                    for (int i = matcher.start(); i < matcher.end(); i++) {
                        taken[i] = true;
                    }
                }
                found.add(new Found(cue, quote.substring(matcher.start(), matcher.end()), matcher.start()));
            }
        }
        return found;
    }

    /** Blanks out the look-alikes of modals ("political will", "in May") so that no cue matches them. */
    private static String mask(String quote) {
        StringBuilder masked = new StringBuilder(quote);
        Matcher matcher = EstimativeLanguage.FALSE_MODALS.matcher(quote);
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        }
        return masked.toString();
    }

    private static double sum(Map<Kind, Double> weight, Kind... kinds) {
        double total = 0;
        for (Kind kind : kinds) {
            total += weight.getOrDefault(kind, 0.0);
        }
        return total;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The estimative words of any passage (null when it has none), for a claim a reviewer made by hand. */
    public static String hedgeWordsOf(String passage) {
        List<Found> cues = cues(passage);
        return cues.stream().noneMatch(c -> c.cue.band() != null) ? null : cues.stream().filter(c -> c.cue.band() != null)
                .sorted(Comparator.comparingInt(c -> c.at)).map(c -> c.text).distinct().limit(3)
                .reduce((a, b) -> a + " … " + b).map(words -> clip(words, 200)).orElse(null);
    }

    /** The band the passage's estimative words imply; call only when {@link #hedgeWordsOf} found some. */
    public static HedgeBand bandOf(String passage) {
        return deciding(cues(passage)).cue.band();
    }

    /** Today's date in the detector's terms: horizons found in a text are read against its publication date. */
    public static ForecastDetector forDocument(List<Guesses.ThemeWords> themes, String defaultAttribution,
            LocalDate publishedOn) {
        return new ForecastDetector(new Guesses(themes, defaultAttribution, publishedOn));
    }
}
