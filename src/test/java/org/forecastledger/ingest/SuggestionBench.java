package org.forecastledger.ingest;

import org.forecastledger.ingest.ForecastDetector.Detection;
import org.forecastledger.seed.SeedReader;
import org.forecastledger.seedformat.SeedSet;
import org.forecastledger.seedformat.SeedSet.ClaimSeed;
import org.forecastledger.seedformat.SeedSet.DocumentSeed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Measures the forecast detector against the curated claims of the seed documents: a suggestion is a hit when its
 * span overlaps a curated quote; precision = hits ÷ suggestions, recall = curated claims overlapped ÷ curated
 * claims. {@code main(seedsDir, report.md)} writes the report; {@code main("--show", file.txt)} prints what the
 * detector suggests for any text, for reading by hand.
 */
public final class SuggestionBench {

    /** The figures for one document (or the total). */
    record Figures(String name, int curated, int suggestions, int hits, int found) {

        double precision() {
            return suggestions == 0 ? 0 : (double) hits / suggestions;
        }

        double recall() {
            return curated == 0 ? 0 : (double) found / curated;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("--misses")) {
            misses(SeedReader.read(Path.of("seeds")));
            return;
        }
        if (args.length == 2 && args[0].equals("--show")) {
            show(Path.of(args[1]));
            return;
        }
        Path seeds = Path.of(args.length > 0 ? args[0] : "seeds");
        SeedSet set = SeedReader.read(seeds);
        List<Guesses.ThemeWords> themes = set.themes().stream()
                .map(theme -> new Guesses.ThemeWords(theme.id(), theme.title(), theme.description())).toList();
        StringBuilder table = new StringBuilder();
        int curated = 0, suggestions = 0, hits = 0, found = 0, themeRight = 0;
        for (DocumentSeed document : set.documents()) {
            List<ClaimSeed> claims = set.claims().stream().filter(c -> c.documentId().equals(document.id())).toList();
            List<Detection> detections = ForecastDetector.forDocument(themes, document.author(), document.publishedOn())
                    .detect(document.text());
            int docHits = 0;
            for (Detection detection : detections) {
                ClaimSeed match = claims.stream().filter(c -> overlaps(detection, c)).findFirst().orElse(null);
                if (match != null) {
                    docHits++;
                    themeRight += match.themeId().equals(detection.themeId()) ? 1 : 0;
                }
            }
            int docFound = (int) claims.stream().filter(c -> detections.stream().anyMatch(d -> overlaps(d, c))).count();
            Figures figures = new Figures(document.id(), claims.size(), detections.size(), docHits, docFound);
            table.append(row(figures));
            curated += claims.size();
            suggestions += detections.size();
            hits += docHits;
            found += docFound;
        }
        Figures total = new Figures("**All five**", curated, suggestions, hits, found);
        table.append(row(total));
        String report = Files.readString(Path.of("bench/suggestions-template.md"), StandardCharsets.UTF_8)
                .replace("{{date}}", LocalDate.now().toString())
                .replace("{{threshold}}", String.valueOf(ForecastDetector.THRESHOLD))
                .replace("{{table}}", table.toString().stripTrailing())
                .replace("{{themeRight}}", String.format(Locale.ROOT, "%d of %d (%.0f %%)", themeRight, hits,
                        hits == 0 ? 0.0 : 100.0 * themeRight / hits));
        Path out = Path.of(args.length > 1 ? args[1] : "bench/suggestions.md");
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.print(table);
    }

    private static String row(Figures f) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.2f | %.2f |%n", f.name(), f.curated(),
                f.suggestions(), f.hits(), f.found(), f.precision(), f.recall());
    }

    static boolean overlaps(Detection detection, ClaimSeed claim) {
        return detection.start() < claim.end() && claim.start() < detection.end();
    }

    /** Prints the curated claims no suggestion found and the suggestions that found none, for tuning by reading. */
    private static void misses(SeedSet set) {
        List<Guesses.ThemeWords> themes = set.themes().stream()
                .map(theme -> new Guesses.ThemeWords(theme.id(), theme.title(), theme.description())).toList();
        for (DocumentSeed document : set.documents()) {
            List<ClaimSeed> claims = set.claims().stream().filter(c -> c.documentId().equals(document.id())).toList();
            List<Detection> detections = ForecastDetector.forDocument(themes, document.author(), document.publishedOn())
                    .detect(document.text());
            claims.stream().filter(c -> detections.stream().noneMatch(d -> overlaps(d, c)))
                    .forEach(c -> System.out.println("MISSED " + document.id() + ": " + c.quote()));
            detections.stream().filter(d -> claims.stream().noneMatch(c -> overlaps(d, c)))
                    .forEach(d -> System.out.printf(Locale.ROOT, "EXTRA %s %.2f [%s]: %s%n", document.id(), d.score(),
                            d.hedgeWords(), d.quote()));
        }
    }

    private static void show(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        SeedSet set = SeedReader.read(Path.of("seeds"));
        List<Guesses.ThemeWords> themes = set.themes().stream()
                .map(theme -> new Guesses.ThemeWords(theme.id(), theme.title(), theme.description())).toList();
        List<Detection> detections = ForecastDetector.forDocument(themes, "The author", LocalDate.now()).detect(text);
        System.out.println(detections.size() + " suggestions in " + SentenceSplitter.split(text).size() + " sentences");
        detections.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).forEach(d -> System.out.printf(
                Locale.ROOT, "%.2f %-14s %-12s [%s] %s | %s%n", d.score(), d.band(), d.themeId(), d.hedgeWords(),
                d.attributedTo(), d.quote()));
    }
}
