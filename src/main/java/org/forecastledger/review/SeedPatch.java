package org.forecastledger.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.forecastledger.LedgerConfig;
import org.forecastledger.claim.Claim;
import org.forecastledger.seedformat.SeedWriter;
import org.forecastledger.seedformat.VerdictReader;
import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.verdict.VerdictRevision;
import org.forecastledger.web.NotFoundProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A session's decisions as a unified diff against the seed files ({@code claims/<document>.yaml} under
 * {@code ledger.seeds-dir}): each decided claim's {@code verdict:} block is replaced by the decision, every other
 * byte of the file stays as it is. Applied and committed, the seeds say what the ledger says, and the next start
 * appends no revision. The block is found and written by the seed format's reader and writer (seedformat).
 */
@ApplicationScoped
public class SeedPatch {

    @Inject
    LedgerConfig config;

    @Transactional
    public String of(long sessionId) {
        ReviewSession session = ReviewSession.findById(sessionId);
        if (session == null) {
            throw new NotFoundProblem("review session", String.valueOf(sessionId));
        }
        String prefix = prefix(config.seedsDir());
        List<String> notes = new ArrayList<>();
        Map<String, Map<String, NewVerdict>> byFile = new TreeMap<>();
        for (SessionItem item : SessionItem.of(sessionId)) {
            if (item.decisionRevisionId == null) {
                continue;
            }
            VerdictRevision decision = VerdictRevision.findById(item.decisionRevisionId);
            Claim claim = Claim.findById(item.claimId);
            if (claim.revision != decision.number) {
                notes.add(claim.id + " has a newer verdict (revision " + claim.revision + ") than this session's "
                        + "decision (revision " + decision.number + "); the patch writes the session's decision");
            }
            byFile.computeIfAbsent("claims/" + claim.document.id + ".yaml", file -> new TreeMap<>())
                    .put(claim.id, decision.verdict());
        }
        StringBuilder diffs = new StringBuilder();
        byFile.forEach((file, decisions) -> diffs.append(diff(prefix, file, decisions, notes)));
        StringBuilder patch = new StringBuilder();
        patch.append("Seed patch for review session ").append(sessionId).append(": its decisions as seed verdicts.\n");
        patch.append("Apply from the folder that holds ").append(prefix).append("/ (the repository root): git apply "
                + "session-").append(sessionId).append(".patch\n");
        notes.forEach(note -> patch.append("Note: ").append(note).append('\n'));
        if (diffs.isEmpty()) {
            patch.append("Nothing to change: no decision, or the seed files already say what was decided.\n");
        }
        return patch.append('\n').append(diffs).toString();
    }

    private String diff(String prefix, String file, Map<String, NewVerdict> decisions, List<String> notes) {
        Path path = config.seedsDir().resolve(file);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            notes.add(file + " could not be read (" + e.getMessage() + "); its claims are left out");
            return "";
        }
        return diff(prefix, file, text, decisions, notes);
    }

    /**
     * The unified diff that replaces each decided claim's verdict block in {@code text} (the seed file {@code file}
     * under the folder {@code prefix}); a claim the file lacks is named in {@code notes}, a block that already says
     * the decision is left alone.
     */
    static String diff(String prefix, String file, String text, Map<String, NewVerdict> decisions,
            List<String> notes) {
        List<String> lines = UnifiedDiff.lines(text);
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        List<UnifiedDiff.Replacement> replacements = new ArrayList<>();
        decisions.forEach((claimId, verdict) -> VerdictReader.locate(text, claimId).ifPresentOrElse(located -> {
            if (located.verdict() != null && located.verdict().fingerprint().equals(verdict.fingerprint())) {
                return;
            }
            int end = blockEnd(lines, located.line(), located.column());
            List<String> block = new ArrayList<>(SeedWriter.verdictBlock(verdict, located.column()).stream()
                    .map(line -> line + newline).toList());
            if (end == lines.size() && !lines.get(end - 1).endsWith("\n")) {
                String last = block.remove(block.size() - 1);
                block.add(last.substring(0, last.length() - newline.length()));
            }
            replacements.add(new UnifiedDiff.Replacement(located.line(), end, block));
        }, () -> notes.add(claimId + " is not in " + file + "; left out")));
        replacements.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return UnifiedDiff.of(prefix + "/" + file, lines, replacements);
    }

    /** The line after the block: lines indented deeper than the key belong to it; trailing blank lines do not. */
    static int blockEnd(List<String> lines, int keyLine, int indent) {
        int end = keyLine + 1;
        int lastContent = keyLine;
        while (end < lines.size()) {
            String line = lines.get(end);
            if (!line.isBlank()) {
                int leading = line.length() - line.stripLeading().length();
                if (leading <= indent) {
                    break;
                }
                lastContent = end;
            }
            end++;
        }
        return lastContent + 1;
    }

    /** The seeds folder as the patch names it: as configured when relative, else by its own name. */
    static String prefix(Path seedsDir) {
        Path normal = seedsDir.normalize();
        if (normal.isAbsolute() || normal.toString().isEmpty() || normal.startsWith("..")) {
            return normal.getFileName() == null ? "seeds" : normal.getFileName().toString();
        }
        return normal.toString().replace('\\', '/');
    }
}
