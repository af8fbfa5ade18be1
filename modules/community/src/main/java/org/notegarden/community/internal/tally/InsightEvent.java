package org.notegarden.community.internal.tally;

import java.time.Instant;

/**
 * One thing that happened: to a note ({@code noteId}) or, for FOLLOW_GAINED, to an account
 * ({@code accountId}). {@code n} is usually 1; for ORDER it is the units and {@code amountMinor}
 * the revenue in {@code currency} (negative for a refund).
 */
public record InsightEvent(InsightKind kind, long noteId, long accountId, Origin origin, long n, long amountMinor,
                           String currency, Instant at) {
    public static InsightEvent onNote(InsightKind kind, long noteId, Origin origin, Instant at) {
        return new InsightEvent(kind, noteId, 0, origin, 1, 0, "", at);
    }
}
