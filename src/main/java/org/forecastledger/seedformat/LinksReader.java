package org.forecastledger.seedformat;

import org.forecastledger.claim.LinkKind;
import org.forecastledger.seedformat.SeedSet.ExplanationSeed;
import org.forecastledger.seedformat.SeedSet.LinkSeed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a claim's {@code links}; remembers each with its place, to check its target once every claim is known. */
final class LinksReader {

    private static final Set<String> LINK_FIELDS = Set.of("kind", "claimId", ExplanationsReader.FIELD);

    /** A link as written, remembered with its place for the check that needs every claim id. */
    private record LinkReference(String file, int line, String claimId, String targetId) {
    }

    private final ExplanationsReader explanations;
    private final List<LinkReference> references = new ArrayList<>();

    LinksReader(ExplanationsReader explanations) {
        this.explanations = explanations;
    }

    /** The claim's links; the explanations recorded on them are added to {@code explained}. */
    List<LinkSeed> read(YamlMapping claim, String claimId, List<ExplanationSeed> explained) {
        Map<LinkSeed, Integer> links = new LinkedHashMap<>();
        for (YamlMapping link : claim.mappings("links", false, "a link")) {
            link.rejectUnknownFields(LINK_FIELDS);
            LinkKind kind = link.requiredEnum("kind", LinkKind.class);
            String target = link.requiredText("claimId");
            if (kind != null && target != null
                    && links.putIfAbsent(new LinkSeed(kind, target.trim()), link.line()) != null) {
                link.report("claimId", "link " + kind + " → " + target + " is given twice");
            } else if (target != null && claimId != null) {
                references.add(new LinkReference(claim.file(), link.line(), claimId, target.trim()));
            }
            if (kind != null && target != null) {
                explained.addAll(explanations.read(link, kind, target.trim()));
            }
        }
        return List.copyOf(links.keySet());
    }

    /** Reports every link whose target is not among {@code claimIds}, and every link of a claim to itself. */
    void check(Set<String> claimIds, SeedProblems problems) {
        for (LinkReference link : references) {
            if (!claimIds.contains(link.targetId())) {
                problems.add(link.file(), link.line(), link.claimId(),
                        "link target '" + link.targetId() + "' is not a known claim");
            } else if (link.targetId().equals(link.claimId())) {
                problems.add(link.file(), link.line(), link.claimId(), "a claim cannot link to itself");
            }
        }
    }
}
