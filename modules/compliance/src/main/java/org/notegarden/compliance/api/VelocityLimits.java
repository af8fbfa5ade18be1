package org.notegarden.compliance.api;

import java.time.Instant;

/**
 * How fast an account may post, comment and follow. New accounts (under 7 days) get tighter
 * limits, which is where bots and spam rings live; going over answers 429 with Retry-After.
 */
public interface VelocityLimits {
    enum Action { POST, COMMENT, FOLLOW }

    void check(long accountId, Instant accountSince, Action action);
}
