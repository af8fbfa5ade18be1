package org.notegarden.commerce.internal.plugins;

import java.time.Duration;
import java.time.Instant;

/**
 * One plugin's circuit breaker. After {@code threshold} failures in a row (exceptions,
 * time-outs, refusals because all its threads are busy) it opens: calls fail at once without
 * reaching the plugin, so a sick partner costs buyers nothing but a quick refusal. After
 * {@code openFor} it half-opens and lets one trial call through; success closes it, failure
 * opens it again. Every change of state is reported to the {@link Listener}.
 */
final class CircuitBreaker {
    enum State { CLOSED, OPEN, HALF_OPEN }

    /** Told of every change of state, e.g. to log and audit it. */
    interface Listener {
        void changed(State from, State to, String reason);
    }

    private final int threshold;
    private final Duration openFor;
    private final Listener listener;
    private State state = State.CLOSED;
    private int failuresInARow;
    private Instant openedAt;
    private boolean trialUnderWay;

    CircuitBreaker(int threshold, Duration openFor, Listener listener) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        this.threshold = threshold;
        this.openFor = openFor;
        this.listener = listener;
    }

    /** Whether a call may go to the plugin now; in HALF_OPEN only one trial call at a time. */
    synchronized boolean allows(Instant now) {
        if (state == State.OPEN && !now.isBefore(openedAt.plus(openFor))) {
            move(State.HALF_OPEN, "trying one call after " + openFor.toSeconds() + " s");
        }
        if (state == State.HALF_OPEN) {
            if (trialUnderWay) {
                return false;
            }
            trialUnderWay = true;
            return true;
        }
        return state == State.CLOSED;
    }

    synchronized void succeeded() {
        failuresInARow = 0;
        trialUnderWay = false;
        if (state != State.CLOSED) {
            move(State.CLOSED, "a call succeeded");
        }
    }

    synchronized void failed(Instant now, String why) {
        failuresInARow++;
        trialUnderWay = false;
        if (state == State.HALF_OPEN || (state == State.CLOSED && failuresInARow >= threshold)) {
            openedAt = now;
            move(State.OPEN, failuresInARow + " failure(s) in a row, last: " + why);
        }
    }

    synchronized State state() {
        return state;
    }

    private void move(State to, String reason) {
        State from = state;
        state = to;
        listener.changed(from, to, reason);
    }
}
