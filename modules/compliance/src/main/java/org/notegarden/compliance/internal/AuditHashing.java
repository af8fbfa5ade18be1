package org.notegarden.compliance.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over an entry's fields and its predecessor's hash. Fields are length-prefixed so
 * that no two different entries can produce the same input string.
 */
final class AuditHashing {
    private AuditHashing() {
    }

    static String hash(AuditEntry e) {
        StringBuilder in = new StringBuilder();
        field(in, Long.toString(e.seq));
        field(in, Long.toString(e.at.toEpochMilli()));
        field(in, e.actorId == null ? "-" : e.actorId.toString());
        field(in, e.action);
        field(in, e.target);
        field(in, e.detail);
        field(in, e.prevHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(in.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e1);
        }
    }

    private static void field(StringBuilder in, String value) {
        in.append(value.length()).append(':').append(value).append('|');
    }
}
