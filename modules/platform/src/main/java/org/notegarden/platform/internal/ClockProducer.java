package org.notegarden.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** One clock for the whole application, in UTC, so that time can be reasoned about in tests. */
@ApplicationScoped
public class ClockProducer {
    @Produces
    @ApplicationScoped
    Clock clock() {
        // Millisecond ticks: what cursors carry and every database keeps, so positions compare exactly.
        return Clock.tickMillis(java.time.ZoneOffset.UTC);
    }
}
