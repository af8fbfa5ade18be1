package org.notegarden.community.internal.tally;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What keeps client-reported events (impressions, shares, product clicks) honest: each viewer
 * counts at most once per note and kind in any hour, and one client address may report at most
 * {@code notegarden.insights.client-events-per-minute} (default 120) events a minute. Both are
 * counted in this node's memory, bounded: past {@link #MAX_REMEMBERED} remembered views an hour,
 * further events are not counted at all (an attack must never grow memory, nor the figures).
 */
@ApplicationScoped
public class ClientEventGate {
    static final int MAX_REMEMBERED = 1_000_000;
    private static final long HOUR = 3_600_000;

    Clock clock;
    int perMinute;

    @Inject
    public ClientEventGate(Clock clock, @ConfigProperty(name = "notegarden.insights.client-events-per-minute",
            defaultValue = "120") int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** For the CDI container's proxy only. */
    protected ClientEventGate() {
    }

    private volatile long minute = -1;
    private volatile Map<String, AtomicInteger> sentThisMinute = new ConcurrentHashMap<>();
    /** When each (viewer, note, kind) last counted; an entry older than an hour no longer blocks. */
    private final Map<String, Long> lastCounted = new ConcurrentHashMap<>();

    /** Whether this client address may report {@code events} more events this minute. */
    public boolean withinRate(String clientKey, int events) {
        long now = clock.millis() / 60_000;
        if (now != minute) {
            synchronized (this) {
                if (now != minute) {
                    sentThisMinute = new ConcurrentHashMap<>();
                    minute = now;
                }
            }
        }
        return sentThisMinute.computeIfAbsent(clientKey, k -> new AtomicInteger()).addAndGet(events) <= perMinute;
    }

    /**
     * True when this viewer's report of this kind of event on this note counts: the first time,
     * and again only an hour after the last one that counted (a rolling hour, not a clock hour,
     * so nothing counts twice across the top of an hour).
     */
    public boolean firstThisHour(String viewerKey, long noteId, InsightKind kind) {
        long now = clock.millis();
        if (lastCounted.size() >= MAX_REMEMBERED) {
            lastCounted.values().removeIf(at -> now - at >= HOUR);
            if (lastCounted.size() >= MAX_REMEMBERED) {
                return false; // a flood: count nothing rather than grow without bound
            }
        }
        boolean[] counts = {false};
        lastCounted.compute(viewerKey + '|' + noteId + '|' + kind.ordinal(), (k, at) -> {
            if (at == null || now - at >= HOUR) {
                counts[0] = true;
                return now;
            }
            return at;
        });
        return counts[0];
    }

    /** Seconds until the current minute's window ends, for Retry-After. */
    public int secondsLeftInMinute() {
        return (int) (60 - (clock.millis() / 1000) % 60);
    }
}
