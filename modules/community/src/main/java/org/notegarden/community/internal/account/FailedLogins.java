package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed logins, counted per client address and login name together, and per client address
 * alone — never per account. So a stranger cannot lock someone out by guessing wrong from
 * elsewhere, a name that belongs to nobody is throttled exactly like one that exists (no
 * enumeration), and one address cannot try many names
 * ({@code notegarden.security.failed-logins-per-address-hour}, default 100). The delays per
 * pair follow {@link LoginThrottle}. Kept in this node's memory and bounded.
 */
@ApplicationScoped
public class FailedLogins {
    static final int MAX_TRACKED = 200_000;

    int perAddressHour;
    private LoginThrottle throttle = LoginThrottle.standard();

    @Inject
    public FailedLogins(@ConfigProperty(name = "notegarden.security.failed-logins-per-address-hour",
            defaultValue = "100") int perAddressHour,
                        @ConfigProperty(name = "notegarden.security.failed-login-first-wait-seconds", defaultValue = "1")
                        int firstWaitSeconds) {
        this.perAddressHour = perAddressHour;
        this.throttle = LoginThrottle.standard(Duration.ofSeconds(Math.max(1, firstWaitSeconds)));
    }

    /** For the CDI container's proxy only. */
    protected FailedLogins() {
    }

    private final Map<String, Pair> pairs = new ConcurrentHashMap<>();
    private final Map<String, Window> addresses = new ConcurrentHashMap<>();

    private record Pair(int failures, Instant lockedUntil, Instant last) {
    }

    private record Window(long hour, int failures) {
    }

    /** Seconds to wait before this client may try this login name again, if it must wait. */
    public Optional<Long> wait(String client, String login, Instant now) {
        Window w = addresses.get(client);
        if (w != null && w.hour() == hourOf(now) && w.failures() >= perAddressHour) {
            return Optional.of(Math.max(1, 3600 - now.getEpochSecond() % 3600));
        }
        Pair p = pairs.get(client + '|' + login);
        if (p != null && p.lockedUntil() != null && p.lockedUntil().isAfter(now)) {
            return Optional.of(Math.max(1, Duration.between(now, p.lockedUntil()).toSeconds()));
        }
        return Optional.empty();
    }

    public void failed(String client, String login, Instant now) {
        if (pairs.size() > MAX_TRACKED || addresses.size() > MAX_TRACKED) {
            forgetOlderThan(now.minus(Duration.ofHours(1)));
        }
        pairs.compute(client + '|' + login, (k, p) -> {
            int failures = p == null ? 1 : p.failures() + 1;
            return new Pair(failures, throttle.lockedUntil(failures, now).orElse(null), now);
        });
        long hour = hourOf(now);
        addresses.compute(client, (k, w) -> w == null || w.hour() != hour ? new Window(hour, 1) : new Window(hour,
                w.failures() + 1));
    }

    public void succeeded(String client, String login) {
        pairs.remove(client + '|' + login);
    }

    private void forgetOlderThan(Instant cutoff) {
        pairs.values().removeIf(p -> p.last().isBefore(cutoff) && (p.lockedUntil() == null || p.lockedUntil().isBefore(cutoff)));
        long hour = hourOf(cutoff.plus(Duration.ofHours(1)));
        addresses.values().removeIf(w -> w.hour() != hour);
        if (pairs.size() > MAX_TRACKED) {
            pairs.clear(); // under a flood, forgetting is safer than growing without bound
        }
    }

    private static long hourOf(Instant t) {
        return t.getEpochSecond() / 3600;
    }
}
