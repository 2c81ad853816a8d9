package org.forecastledger.ingest;

import org.forecastledger.claim.Claim;

/** Ids and order for claims made from uploaded documents, in the seed files' style: "doc-prefix-what-it-says". */
final class ClaimIds {

    private ClaimIds() {
    }

    static String fresh(String documentId, String statement) {
        String base = Slugs.of(documentId, 40) + "-" + Slugs.of(statement, 70);
        base = base.replaceAll("-+$", "");
        String id = base;
        for (int n = 2; Claim.findById(id) != null; n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static int nextPosition(String documentId) {
        Integer last = Claim.getEntityManager()
                .createQuery("select max(c.position) from Claim c where c.document.id = ?1", Integer.class)
                .setParameter(1, documentId).getSingleResult();
        return last == null ? 0 : last + 1;
    }
}
