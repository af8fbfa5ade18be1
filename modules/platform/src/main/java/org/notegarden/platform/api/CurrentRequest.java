package org.notegarden.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * The HTTP request this thread is serving, when there is one. Background work (timers, managed
 * executors, start-up) has none: it gets an empty answer instead of an exception, so code that
 * words an answer for a reader (language, region) asks "is there a request?" explicitly rather
 * than catching whatever a missing request throws.
 *
 * <p>The WAR's filter for every path runs each request through {@link #serving}, which keeps the
 * request for this thread until the response is done. It used to be a request-scoped bean that
 * observed the start of every request context: Weld created that bean for every request, static
 * files and the cheapest answers included, which was 1.6 % of a "for you" page's CPU
 * (async-profiler, app README).
 */
@ApplicationScoped
public class CurrentRequest {
    private static final ThreadLocal<HttpServletRequest> SERVED = new ThreadLocal<>();

    /** The request being served on this thread, or empty outside one. */
    public Optional<HttpServletRequest> get() {
        return Optional.ofNullable(SERVED.get());
    }

    /** A header of the request being served; empty outside a request or when absent. */
    public Optional<String> header(String name) {
        return get().map(r -> r.getHeader(name));
    }

    /** What the filter chain does with a request. */
    @FunctionalInterface
    public interface Work {
        void run() throws IOException, ServletException;
    }

    /**
     * Runs {@code work} with {@code request} as this thread's current request, and forgets it
     * afterwards whatever happens (the container's threads serve other requests next). A request
     * dispatched again on the same thread (an error page, a forward) is current while it runs,
     * and the outer one again after it.
     */
    public static void serving(HttpServletRequest request, Work work) throws IOException, ServletException {
        HttpServletRequest outer = SERVED.get();
        SERVED.set(request);
        try {
            work.run();
        } finally {
            if (outer == null) {
                SERVED.remove();
            } else {
                SERVED.set(outer);
            }
        }
    }
}
