package org.notegarden.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The HTTP request this thread is serving, when there is one. Background work (timers, managed
 * executors, start-up) has none: it gets an empty answer instead of an exception, so code that
 * words an answer for a reader (language, region) asks "is there a request?" explicitly rather
 * than catching whatever a missing request throws.
 */
@ApplicationScoped
public class CurrentRequest {
    BeanManager beans;
    Served served;

    @Inject
    public CurrentRequest(BeanManager beans, Served served) {
        this.beans = beans;
        this.served = served;
    }

    /** For the CDI container's proxy only. */
    protected CurrentRequest() {
    }

    /** The request being served on this thread, or empty outside one. */
    public Optional<HttpServletRequest> get() {
        return requestContextActive() ? served.request() : Optional.empty();
    }

    /** A header of the request being served; empty outside a request or when absent. */
    public Optional<String> header(String name) {
        return get().map(r -> r.getHeader(name));
    }

    private boolean requestContextActive() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException none) {
            return false; // CDI 4.0 says "no active request context" by throwing this
        }
    }

    /**
     * Remembers the servlet request that started this request context. EJB timers and
     * asynchronous calls get a request context too, but no servlet request, so they stay empty.
     */
    @RequestScoped
    public static class Served {
        private HttpServletRequest request;

        void begin(@Observes @Initialized(RequestScoped.class) ServletRequest started) {
            if (started instanceof HttpServletRequest http) {
                request = http;
            }
        }

        Optional<HttpServletRequest> request() {
            return Optional.ofNullable(request);
        }
    }
}
