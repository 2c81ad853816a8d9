package org.forecastledger.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.forecastledger.claim.Claim;
import org.forecastledger.claim.ClaimLink;
import org.forecastledger.document.Document;
import org.forecastledger.seedformat.SeedSet.ClaimSeed;
import org.forecastledger.seedformat.SeedSet.DocumentSeed;
import org.forecastledger.seedformat.SeedSet.LinkSeed;
import org.forecastledger.seedformat.SeedWriter;
import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.verdict.VerdictRevision;
import org.forecastledger.web.NotFoundProblem;

import java.util.List;

/**
 * A document and its claims in the seed format (seeds/README.md), so that a team can commit an uploaded document to
 * seeds/: its documents.yaml entry, its claims/&lt;id&gt;.yaml, its text file and the SHA256SUMS line, written by the
 * seed format's one writer (seedformat.SeedWriter) from the records its reader gives.
 */
@ApplicationScoped
public class SeedExport {

    /** The files to add to seeds/ (the entry goes under {@code documents:} in documents.yaml). */
    public record SeedFiles(String documentId, String textFile, String text, String checksumLine,
            String documentsEntry, String claimsFile, String claimsYaml) {
    }

    @Transactional
    public SeedFiles export(String documentId) {
        Document document = Document.findById(documentId);
        if (document == null) {
            throw new NotFoundProblem("document", documentId);
        }
        DocumentSeed seed = new DocumentSeed(document.id, document.fileName, document.title, document.year,
                document.kind, document.author, document.outlet, document.publishedOn, document.datingNote,
                document.sha256, document.body);
        List<ClaimSeed> claims = Claim.<Claim>list("document.id = ?1 and retired = false order by position, quoteStart",
                documentId).stream().map(SeedExport::seed).toList();
        return new SeedFiles(document.id, document.fileName, document.body, SeedWriter.checksumLine(seed),
                SeedWriter.documentEntry(seed), "claims/" + document.id + ".yaml", SeedWriter.claimsFile(seed, claims));
    }

    /** The claim as its seed would say it; uploaded claims carry no health explanations. */
    private static ClaimSeed seed(Claim claim) {
        List<LinkSeed> links = ClaimLink.from(claim.id).stream().map(link -> new LinkSeed(link.kind,
                link.targetClaimId)).toList();
        NewVerdict verdict = VerdictRevision.latest(claim.id).orElseThrow().verdict();
        return new ClaimSeed(claim.id, claim.document.id, claim.theme.id, claim.position, claim.quote,
                claim.occurrence, claim.quoteStart, claim.quoteEnd, claim.locator, claim.statement, claim.attributedTo,
                claim.horizonLabel, claim.horizonUntil, claim.hedgeWords, claim.hedgeBand, links, verdict, List.of());
    }
}
