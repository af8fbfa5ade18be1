package org.notegarden.community.internal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long an account waits after consecutive failed logins: nothing for the first few
 * (typos happen), then a doubling delay, then a long lock that stops password guessing at
 * any useful rate. A successful login resets the count.
 */
public final class LoginThrottle {
    private final int freeAttempts;
    private final int lockAfter;
    private final Duration lockFor;
    private final Duration firstDelay;

    public LoginThrottle(int freeAttempts, int lockAfter, Duration lockFor) {
        this(freeAttempts, lockAfter, lockFor, Duration.ofSeconds(1));
    }

    /** {@code firstDelay} is the wait after the free attempts; each further failure doubles it. */
    public LoginThrottle(int freeAttempts, int lockAfter, Duration lockFor, Duration firstDelay) {
        if (freeAttempts < 1 || lockAfter <= freeAttempts) {
            throw new IllegalArgumentException("need 1 <= freeAttempts < lockAfter");
        }
        this.freeAttempts = freeAttempts;
        this.lockAfter = lockAfter;
        this.lockFor = lockFor;
        this.firstDelay = firstDelay;
    }

    public static LoginThrottle standard() {
        return standard(Duration.ofSeconds(1));
    }

    /** The standard policy with its first wait set by the operator. */
    public static LoginThrottle standard(Duration firstDelay) {
        return new LoginThrottle(4, 10, Duration.ofMinutes(15), firstDelay);
    }

    /** Until when logins are refused after {@code failures} consecutive failures, if at all. */
    public Optional<Instant> lockedUntil(int failures, Instant now) {
        if (failures < freeAttempts) {
            return Optional.empty();
        }
        if (failures >= lockAfter) {
            return Optional.of(now.plus(lockFor));
        }
        return Optional.of(now.plus(firstDelay.multipliedBy(1L << Math.min(failures - freeAttempts, 8)))); // 1, 2, 4 … times
    }
}
