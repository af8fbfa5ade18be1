package org.notegarden.compliance.api;

import java.time.Instant;

/**
 * Fired (synchronously, in the erasing transaction) when a person's account is erased: every
 * module removes or anonymises what it holds, except records the law makes it keep, which go
 * under a legal hold until {@code retainUntil}.
 */
public record AccountErased(long accountId, Instant at, Instant retainUntil) {
}
