package org.notegarden.compliance.internal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.testing.MigratedH2;

/**
 * A data export is built once per cluster (H2 with the V5 and V8 migrations): of two nodes that
 * both found it pending, one claims it; the claim keeps the other off until it lapses (its node
 * died); a finished export is claimed by nobody.
 */
class ExportClaimsTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private MigratedH2 database;

    @BeforeEach
    void database() throws Exception {
        database = MigratedH2.with(List.of("/db/migration/compliance/V5__privacy.sql", "/db/migration/compliance/V8__export_claims.sql"),
                PrivacyRequest.class);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void oneNodeBuildsAnExportAndAnotherOnlyOnceTheClaimLapsed() {
        long id = request("IN_PROGRESS");
        PrivacyRequests a = node();
        PrivacyRequests b = node();
        assertTrue(claim(a, id, T0), "the first node to ask builds it");
        assertFalse(claim(b, id, T0.plusSeconds(1)), "the other found it pending too, and leaves it");
        assertFalse(claim(b, id, T0.plus(Duration.ofMinutes(29))), "still a's while a may be building it");
        assertTrue(claim(b, id, T0.plus(Duration.ofMinutes(31))), "a died: its claim lapsed, b builds it");
    }

    @Test
    void aFinishedExportIsClaimedByNobody() {
        long id = request("COMPLETED");
        assertFalse(claim(node(), id, T0));
    }

    private long request(String status) {
        try (EntityManager em = database.emf().createEntityManager()) {
            em.getTransaction().begin();
            em.createNativeQuery("INSERT INTO cp_privacy_request (account_id, kind, regime, region_id, status, details, progress, "
                    + "created_at, due_at) VALUES (7, 'EXPORT', 'GDPR', 'EU', ?1, '', 0, ?2, ?2)")
                    .setParameter(1, status).setParameter(2, T0).executeUpdate();
            em.getTransaction().commit();
            return ((Number) em.createNativeQuery("SELECT MAX(id) FROM cp_privacy_request").getSingleResult()).longValue();
        }
    }

    private PrivacyRequests node() {
        PrivacyRequests requests = new PrivacyRequests();
        requests.em = database.emf().createEntityManager();
        return requests;
    }

    /** What the container's REQUIRES_NEW does around the call. */
    private static boolean claim(PrivacyRequests node, long id, Instant now) {
        node.em.getTransaction().begin();
        boolean claimed = node.claimExport(id, now, now.plus(ExportWorker.CLAIM));
        node.em.getTransaction().commit();
        return claimed;
    }
}
