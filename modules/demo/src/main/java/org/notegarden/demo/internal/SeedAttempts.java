package org.notegarden.demo.internal;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the demo's seeding, and runs it again when it failed before anything was seeded. A start
 * can lose the first attempt to the server itself: the seeding runs in the background while the
 * deployment finishes, and Payara closes the web application's JAR files at the end of it, so a
 * class the seeding loads at that very moment fails with "zip file closed" (GlassFish's
 * {@code WebappClassLoader.closeJARs} race; seen once in {@code StartFasterIT}, 2026-12-06: the
 * demo stayed empty). A failure once something is seeded is not retried: the seeding does nothing
 * on an installation that already has its first person, so a second run could not finish it.
 *
 * @param attempts how many times at most
 * @param between the pause between two attempts
 * @param anythingSeeded whether a failed attempt left something behind (then it is not retried)
 * @param pause how to wait; production sleeps the thread, tests record the pause
 */
record SeedAttempts(int attempts, Duration between, BooleanSupplier anythingSeeded, Pause pause) {
    private static final Logger LOG = Logger.getLogger(SeedAttempts.class.getName());

    /** The seeding itself; answers how many notes it made. */
    interface Seeding {
        int seed();
    }

    /** Waits between attempts (a parameter so that tests need not wait). */
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** What the seeding answered; its last failure when no attempt succeeded or a retry would not help. */
    int run(Seeding seeding) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return seeding.seed();
            } catch (RuntimeException e) {
                if (attempt >= attempts || anythingSeeded.getAsBoolean()) {
                    throw e;
                }
                LOG.log(Level.INFO, "Demo data: attempt " + attempt + " failed before seeding anything; trying again in "
                        + between.toSeconds() + " s", e);
                pause.sleep(between);
            }
        }
    }
}
