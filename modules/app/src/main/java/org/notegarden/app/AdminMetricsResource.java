package org.notegarden.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.notegarden.app.AppMessages;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The server's metrics (heap, threads, connection pool, requests …) for admins only: Payara's own
 * MicroProfile Metrics document, fetched from this same server over loopback with the key only
 * this JVM knows ({@link MetricsGateFilter}), and handed on as it is (Prometheus text, or JSON when
 * asked with {@code Accept: application/json}). What a server reveals about its load and resources
 * is for its operators, not for the public.
 */
@RequestScoped
@Path("admin/metrics")
@SecurityRequirement(name = "bearerToken")
public class AdminMetricsResource {
    CallerContext caller;

    @Inject
    public AdminMetricsResource(CallerContext caller) {
        this.caller = caller;
    }

    /** For the CDI container's proxy only. */
    protected AdminMetricsResource() {
    }
    @Context
    HttpServletRequest request;

    @GET
    @APIResponse(responseCode = "200", description = "The metrics in Prometheus text, or JSON when asked for")
    public Response metrics() {
        caller.requireRole(Role.ADMIN);
        String accept = request.getHeader("Accept");
        HttpRequest.Builder ask = Loopback.to(request, "/metrics")
                .timeout(Duration.ofSeconds(10)).header(MetricsGateFilter.KEY_HEADER, MetricsGateFilter.KEY);
        if (accept != null && accept.contains("application/json")) {
            ask.header("Accept", "application/json");
        }
        HttpResponse<String> r = Loopback.ok(ask.build(), AdminMetricsResource::unavailable);
        return Response.ok(r.body(), r.headers().firstValue("Content-Type").orElse("text/plain")).build();
    }

    private static ProblemException unavailable() {
        return new ProblemException(503, Problems.BASE + "metrics-unavailable",
                Message.of(AppMessages.METRICS_UNAVAILABLE_TITLE), Message.of(AppMessages.SERVERS_METRICS_SERVICE_DID_NOT_ANSWER),
                java.util.List.of(), null);
    }
}
