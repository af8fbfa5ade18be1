package org.notegarden.compliance.internal.abuse;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Admins see the fake-account signals: counts per kind and region, and the latest ones. */
@RequestScoped
@Path("admin/abuse-signals")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class AbuseResource {
    CallerContext caller;
    AbuseSignals signals;
    Clock clock;

    @Inject
    public AbuseResource(CallerContext caller, AbuseSignals signals, Clock clock) {
        this.caller = caller;
        this.signals = signals;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected AbuseResource() {
    }

    public record Count(String kind, String regionId, long count) {
    }

    public record Recent(long id, String kind, String regionId, Long accountId, String detail, Instant at) {
    }

    public record Signals(Instant since, List<Count> counts, List<Recent> recent) {
    }

    @GET
    public Signals list(@QueryParam("hours") Integer hours) {
        caller.requireRole(Role.ADMIN);
        int h = hours == null ? 24 : Math.max(1, Math.min(hours, 24 * 90));
        Instant since = clock.instant().minus(Duration.ofHours(h));
        List<Count> counts = signals.countsSince(since).stream()
                .map(r -> new Count((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
        List<Recent> recent = signals.recentSince(since, 100).stream()
                .map(s -> new Recent(s.getId(), s.getKind(), s.getRegionId(), s.getAccountId(), s.getDetail(), s.getAt()))
                .toList();
        return new Signals(since, counts, recent);
    }
}
