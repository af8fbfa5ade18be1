package org.notegarden.compliance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashingTest {
    private static final String GENESIS = "0".repeat(64);

    @Test
    void hashIsStableAndCoversEveryField() {
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        AuditEntry e = new AuditEntry(1, at, 7L, "account.roles.changed", "account:9", "ADMIN", GENESIS);
        assertEquals(e.hash, AuditHashing.hash(e));
        assertEquals(64, e.hash.length());

        assertNotEquals(e.hash, new AuditEntry(1, at, 8L, "account.roles.changed", "account:9", "ADMIN", GENESIS).hash);
        assertNotEquals(e.hash, new AuditEntry(1, at, 7L, "account.roles.changed", "account:9", "USER", GENESIS).hash);
        assertNotEquals(e.hash, new AuditEntry(2, at, 7L, "account.roles.changed", "account:9", "ADMIN", GENESIS).hash);
        assertNotEquals(e.hash, new AuditEntry(1, at, 7L, "account.roles.changed", "account:9", "ADMIN", e.hash).hash);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        AuditEntry a = new AuditEntry(1, at, null, "ab", "c", "", GENESIS);
        AuditEntry b = new AuditEntry(1, at, null, "a", "bc", "", GENESIS);
        assertNotEquals(a.hash, b.hash);
    }
}
