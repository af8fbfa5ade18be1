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

    public LoginThrottle(int freeAttempts, int lockAfter, Duration lockFor) {
        if (freeAttempts < 1 || lockAfter <= freeAttempts) {
            throw new IllegalArgumentException("need 1 <= freeAttempts < lockAfter");
        }
        this.freeAttempts = freeAttempts;
        this.lockAfter = lockAfter;
        this.lockFor = lockFor;
    }

    public static LoginThrottle standard() {
        return new LoginThrottle(4, 10, Duration.ofMinutes(15));
    }

    /** Until when logins are refused after {@code failures} consecutive failures, if at all. */
    public Optional<Instant> lockedUntil(int failures, Instant now) {
        if (failures < freeAttempts) {
            return Optional.empty();
        }
        if (failures >= lockAfter) {
            return Optional.of(now.plus(lockFor));
        }
        long seconds = 1L << Math.min(failures - freeAttempts, 8); // 1, 2, 4, ... seconds
        return Optional.of(now.plusSeconds(seconds));
    }
}
