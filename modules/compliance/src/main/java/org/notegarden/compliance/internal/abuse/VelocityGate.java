package org.notegarden.compliance.internal.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.notegarden.compliance.api.VelocityLimits;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.Problems;

/**
 * Per-hour limits per account and action, from configuration
 * ({@code notegarden.abuse.<action>-per-hour[-new]}), counted in the database for every node
 * alike ({@link SharedWindows}).
 */
@ApplicationScoped
public class VelocityGate implements VelocityLimits {
    static final Duration NEW_ACCOUNT = Duration.ofDays(7);
    private static final Map<Action, int[]> DEFAULTS = Map.of(
            Action.POST, new int[] {5, 30},
            Action.COMMENT, new int[] {20, 120},
            Action.FOLLOW, new int[] {30, 200});

    Clock clock;
    Config config;
    AbuseSignals signals;
    SharedWindows windows;

    @Inject
    public VelocityGate(Clock clock, Config config, AbuseSignals signals, SharedWindows windows) {
        this.clock = clock;
        this.config = config;
        this.signals = signals;
        this.windows = windows;
    }

    /** For the CDI container's proxy only. */
    protected VelocityGate() {
    }

    private final Map<Action, WindowCounter[]> counters = new EnumMap<>(Action.class);

    @Override
    public void check(long accountId, Instant accountSince, Action action) {
        Instant now = clock.instant();
        boolean fresh = accountSince != null && accountSince.isAfter(now.minus(NEW_ACCOUNT));
        sweepNowAndThen(now);
        WindowCounter counter = counters(action)[fresh ? 0 : 1];
        long wait = counter.tryAcquire(Long.toString(accountId), now);
        if (wait > 0) {
            signals.record("velocity." + action.name().toLowerCase(java.util.Locale.ROOT), null, accountId,
                    fresh ? "new account" : "");
            throw Problems.tooManyRequests(tooFast(action, fresh), (int) Math.min(wait, 3600));
        }
    }

    /** Whole sentences, one key each, so every language can word them naturally. */
    private static Message tooFast(Action a, boolean fresh) {
        return Message.of(switch (a) {
            case POST -> fresh ? ComplianceMessages.POSTING_TOO_FAST_NEW_ACCOUNT : ComplianceMessages.POSTING_TOO_FAST;
            case COMMENT -> fresh ? ComplianceMessages.COMMENTING_TOO_FAST_NEW_ACCOUNT : ComplianceMessages.COMMENTING_TOO_FAST;
            case FOLLOW -> fresh ? ComplianceMessages.FOLLOWING_TOO_FAST_NEW_ACCOUNT : ComplianceMessages.FOLLOWING_TOO_FAST;
        });
    }

    private volatile Instant lastSweep = Instant.EPOCH;

    /** Every ten minutes (per node) counted actions that left their window are forgotten. */
    private void sweepNowAndThen(Instant now) {
        if (now.isAfter(lastSweep.plus(Duration.ofMinutes(10)))) {
            lastSweep = now;
            for (Action a : Action.values()) {
                for (WindowCounter c : counters(a)) {
                    c.sweep(now);
                }
            }
        }
    }

    private synchronized WindowCounter[] counters(Action action) {
        return counters.computeIfAbsent(action, a -> {
            String key = "notegarden.abuse." + a.name().toLowerCase(java.util.Locale.ROOT) + "s-per-hour";
            int newLimit = config.getOptionalValue(key + "-new", Integer.class).orElse(DEFAULTS.get(a)[0]);
            int limit = config.getOptionalValue(key, Integer.class).orElse(DEFAULTS.get(a)[1]);
            String name = "velocity." + a.name().toLowerCase(java.util.Locale.ROOT);
            return new WindowCounter[] {new WindowCounter(windows, name + ".new", newLimit, Duration.ofHours(1)),
                    new WindowCounter(windows, name, limit, Duration.ofHours(1))};
        });
    }
}
