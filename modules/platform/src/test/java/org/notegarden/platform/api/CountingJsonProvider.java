package org.notegarden.platform.api;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.parsson.JsonProviderImpl;

/**
 * Parsson's provider, counting how often it is made. It is listed first in this module's test
 * class path ({@code META-INF/services}), so every lookup of {@code JsonProvider.provider()}
 * that {@code jakarta.json.Json}'s static methods do makes one.
 */
public class CountingJsonProvider extends JsonProviderImpl {
    static final AtomicInteger MADE = new AtomicInteger();

    public CountingJsonProvider() {
        MADE.incrementAndGet();
    }
}
