import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic seed folder of N claims (documents.yaml, themes.yaml, claims/*.yaml, texts, SHA256SUMS) for
 * the benchmark: deterministic (same N, same bytes), with text lengths, themes, links and verdicts shaped like the
 * real corpus (about 100 claims per document, ~1.5 kB of YAML per claim, one paragraph of text per claim).
 * Usage: java bench/corpus/GenerateCorpus.java <claims> <output folder>
 */
public class GenerateCorpus {

    static final int[] YEARS = {2020, 2021, 2024};
    static final String[] KINDS = {"INTERVIEW_SUMMARY", "ANALYTICAL_STUDY", "NEWS_REPORT", "OPINION"};
    static final String[][] THEMES = {
        {"war-and-territory", "War and territory", "Military action, offensives, the line of contact, war aims."},
        {"peace-talks", "Peace settlement and talks", "Negotiations, ceasefire terms, neutrality, the shape of a deal."},
        {"us-leaders", "US elections and leaders", "Who the Kremlin wants in the White House and what each president does."},
        {"bilateral-dialogue", "Bilateral relations and dialogue", "Resets, thaws, diplomatic contacts, the agenda."},
        {"arms-control", "Arms control", "Treaties, strategic stability talks, weapons limits."},
        {"sanctions", "Sanctions and economic pressure", "Sanctions, oil price caps, frozen assets, trade."},
        {"europe-alliance", "Europe and the alliance", "NATO, the EU, European capitals and their unity."},
        {"near-abroad", "The near abroad", "Belarus, the Caucasus, Central Asia, Moldova."},
        {"china", "China", "Beijing's partnership with Moscow and its limits."},
        {"domestic", "Domestic politics", "Elites, succession, the economy and society at home."},
        {"wider-world", "The wider world", "The Middle East, Africa, India, energy markets."},
        {"information", "Information and influence", "Propaganda, interference, cyber operations."}};
    /** Theme weights, roughly as skewed as the real corpus's. */
    static final int[] THEME_WEIGHTS = {7, 9, 7, 17, 4, 11, 9, 6, 5, 4, 21, 3};
    static final String[] BANDS = {"ROUGHLY_EVEN", "LIKELY", "LIKELY", "VERY_LIKELY", "ALMOST_CERTAIN"};
    static final String[] HEDGES = {"may well", "will likely", "expects that", "is almost certain to", "will"};
    static final String[] STATUSES = {"HELD", "HELD", "HELD", "PARTIAL", "FAILED", "FAILED", "FAILED", "PENDING",
        "PENDING", "UNRESOLVABLE"};
    static final String[] LINK_KINDS = {"RESTATES", "CONTRADICTS", "FOLLOWS_UP"};
    static final String[] ACTORS = {"Moscow", "Washington", "the Kremlin", "Kyiv", "Brussels", "Beijing", "Minsk",
        "the White House", "NATO", "the European Union", "Ankara", "Tehran", "the State Department", "Berlin", "Paris"};
    static final String[] VERBS = {"agree to", "reject", "propose", "abandon", "extend", "expand", "suspend",
        "resume", "announce", "block", "finance", "negotiate"};
    static final String[] OBJECTS = {"a ceasefire along the current line", "new sanctions on oil exports",
        "talks on strategic stability", "a prisoner exchange", "the grain corridor", "a summit meeting",
        "the pipeline project", "military aid", "a peace plan", "the arms control treaty", "trade restrictions",
        "security guarantees", "a new round of consultations", "the frozen assets", "visa restrictions"};
    static final String[] WHEN = {"before the end of the year", "within six months", "by the next election",
        "in the coming months", "before the summer", "within two years", "soon", "by the spring"};
    static final String[] WORDS = ("the analysis suggests that relations between the two capitals remain tense "
            + "while officials continue to signal interest in dialogue under certain conditions the expert notes "
            + "that economic pressure has limited effect on decision making in the short term and that domestic "
            + "audiences matter more than foreign partners observers point to precedent from earlier crises and "
            + "warn against reading too much into statements made for television")
            .split(" ");

    public static void main(String[] args) throws IOException {
        int claims = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.resolve("claims"));
        new GenerateCorpus(claims, out).write();
    }

    final int claimCount;
    final Path out;
    final Random random;
    final int documentCount;
    final StringBuilder sums = new StringBuilder();

    GenerateCorpus(int claimCount, Path out) {
        this.claimCount = claimCount;
        this.out = out;
        this.random = new Random(20261130L + claimCount);
        this.documentCount = Math.max(3, (claimCount + 99) / 100);
    }

    void write() throws IOException {
        StringBuilder themes = new StringBuilder("themes:\n");
        for (String[] theme : THEMES) {
            themes.append("  - id: ").append(theme[0]).append("\n    title: ").append(q(theme[1]))
                    .append("\n    description: ").append(q(theme[2])).append('\n');
        }
        Files.writeString(out.resolve("themes.yaml"), themes, StandardCharsets.UTF_8);
        StringBuilder documents = new StringBuilder("documents:\n");
        int written = 0;
        for (int d = 0; d < documentCount; d++) {
            int inDocument = claimCount / documentCount + (d < claimCount % documentCount ? 1 : 0);
            int year = YEARS[d % YEARS.length];
            String id = documentId(d);
            String file = String.format("doc-%05d.txt", d);
            documents.append("  - id: ").append(id).append("\n    file: ").append(file)
                    .append("\n    title: ").append(q("Synthetic " + KINDS[d % KINDS.length].toLowerCase()
                            .replace('_', ' ') + " number " + d + " on " + OBJECTS[d % OBJECTS.length]))
                    .append("\n    year: ").append(year)
                    .append("\n    kind: ").append(KINDS[d % KINDS.length])
                    .append("\n    author: ").append(q("Author " + (d % 97)))
                    .append("\n    outlet: ").append(q("Outlet " + (d % 31)))
                    .append("\n    publishedOn: ").append(year).append(String.format("-%02d-%02d", 1 + d % 12, 1 + d % 28))
                    .append("\n    datingNote: ").append(q("Synthetic document generated for the benchmark; "
                            + "the date is made up."))
                    .append('\n');
            writeDocument(d, id, file, inDocument, written);
            written += inDocument;
        }
        Files.writeString(out.resolve("documents.yaml"), documents, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("SHA256SUMS"), sums, StandardCharsets.UTF_8);
    }

    static String documentId(int d) {
        return String.format("syn-doc-%05d", d);
    }

    static String claimId(int d, int c) {
        return String.format("syn-%05d-%03d", d, c);
    }

    void writeDocument(int d, String documentId, String file, int inDocument, int before) throws IOException {
        StringBuilder text = new StringBuilder("Synthetic document ").append(d).append("\n\n");
        StringBuilder yaml = new StringBuilder("document: ").append(documentId).append("\nclaims:\n");
        for (int c = 0; c < inDocument; c++) {
            String actor = pick(ACTORS);
            String object = pick(OBJECTS);
            String when = pick(WHEN);
            int hedge = random.nextInt(HEDGES.length);
            String quote = actor.substring(0, 1).toUpperCase() + actor.substring(1) + " " + HEDGES[hedge] + " "
                    + pick(VERBS) + " " + object + " " + when + " (point " + d + "-" + String.format("%03d", c) + ")";
            text.append(filler(2 + random.nextInt(3))).append(' ').append(quote).append(". ")
                    .append(filler(1 + random.nextInt(3))).append("\n\n");
            String status = pick(STATUSES);
            int year = YEARS[d % YEARS.length];
            yaml.append("  - id: ").append(claimId(d, c))
                    .append("\n    quote: ").append(q(quote))
                    .append("\n    locator: ").append(q("Paragraph " + (c + 1)))
                    .append("\n    statement: ").append(q(actor.substring(0, 1).toUpperCase() + actor.substring(1)
                            + " will " + pick(VERBS) + " " + object + " " + when + "."))
                    .append("\n    attributedTo: ").append(q("Predictor " + ((d * 7 + c) % 40)))
                    .append("\n    theme: ").append(theme())
                    .append("\n    horizon:\n      label: ").append(q(when));
            if (random.nextInt(10) < 7) {
                yaml.append("\n      until: ").append(year + 1 + random.nextInt(4)).append("-12-31");
            }
            yaml.append("\n    hedge:\n      words: ").append(q(HEDGES[hedge]))
                    .append("\n      band: ").append(BANDS[hedge]);
            if (d > 0 && random.nextInt(100) < 15) {
                int target = random.nextInt(d);
                yaml.append("\n    links:\n      - {kind: ").append(pick(LINK_KINDS)).append(", claimId: ")
                        .append(claimId(target, 0)).append('}');
            }
            yaml.append("\n    verdict:\n      status: ").append(status)
                    .append("\n      asOf: 2026-11-").append(String.format("%02d", 1 + random.nextInt(28)))
                    .append("\n      rationale: ").append(q(sentence(30 + random.nextInt(80))));
            boolean needsEvidence = !status.equals("PENDING") && !status.equals("UNRESOLVABLE");
            int evidence = needsEvidence ? 1 + random.nextInt(3) : random.nextInt(2);
            if (evidence > 0) {
                yaml.append("\n      evidence:");
                for (int e = 0; e < evidence; e++) {
                    yaml.append("\n        - date: ").append(year + 1 + random.nextInt(2))
                            .append(String.format("-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)))
                            .append("\n          summary: ").append(q(sentence(12 + random.nextInt(25))))
                            .append("\n          source: ").append(q("Outlet " + random.nextInt(200) + ", report on "
                                    + pick(OBJECTS)));
                    if (random.nextBoolean()) {
                        yaml.append("\n          url: https://news.example.org/").append(d).append('/').append(c)
                                .append('/').append(e);
                    }
                }
            }
            yaml.append("\n\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(out.resolve(file), bytes);
        sums.append(sha256(bytes)).append("  ").append(file).append('\n');
        Files.writeString(out.resolve("claims").resolve(documentId + ".yaml"), yaml, StandardCharsets.UTF_8);
    }

    String theme() {
        int total = 0;
        for (int weight : THEME_WEIGHTS) {
            total += weight;
        }
        int at = random.nextInt(total);
        for (int i = 0; i < THEME_WEIGHTS.length; i++) {
            at -= THEME_WEIGHTS[i];
            if (at < 0) {
                return THEMES[i][0];
            }
        }
        return THEMES[0][0];
    }

    String filler(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(sentence(10 + random.nextInt(18)));
        }
        return text.toString();
    }

    String sentence(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = pick(WORDS);
            text.append(i == 0 ? word.substring(0, 1).toUpperCase() + word.substring(1) : " " + word);
        }
        return text.append('.').toString();
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    static String q(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
