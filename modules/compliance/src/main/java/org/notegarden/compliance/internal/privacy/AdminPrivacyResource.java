package org.notegarden.compliance.internal.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.RequestBodies;
import org.notegarden.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.notegarden.platform.api.EnumValues;

/** Compliance staff (admins) see every privacy request against its deadline and move it along. */
@RequestScoped
@Path("admin/privacy-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class AdminPrivacyResource {
    CallerContext caller;
    PrivacyRequests requests;
    Clock clock;

    @Inject
    public AdminPrivacyResource(CallerContext caller, PrivacyRequests requests, Clock clock) {
        this.caller = caller;
        this.requests = requests;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected AdminPrivacyResource() {
    }

    public static class StatusBody {
        public String status;
        public String note;
    }

    public record StaffView(long id, long accountId, @EnumValues(PrivacyRequest.Kind.class) String kind, String regime, String regionId, @EnumValues(PrivacyRequest.Status.class) String status, int progress,
                            String details, Instant createdAt, Instant dueAt, long daysLeft, boolean overdue,
                                    Instant completedAt) {
    }

    @GET
    public List<StaffView> list(@QueryParam("all") boolean all) {
        caller.requireRole(Role.ADMIN);
        Instant now = clock.instant();
        return (all ? requests.recent() : requests.open()).stream().map(r -> view(r, now)).toList();
    }

    @POST
    @Path("{id}/status")
    public StaffView move(@PathParam("id") long id, StatusBody body) {
        long staff = caller.requireRole(Role.ADMIN).accountId();
        RequestBodies.required(body);
        return view(requests.handle(id, staff, body.status, body.note), clock.instant());
    }

    private static StaffView view(PrivacyRequest r, Instant now) {
        return new StaffView(r.getId(), r.getAccountId(), r.getKind().name(), r.getRegime(), r.getRegionId(),
                r.getStatus().name(),
                r.getProgress(), r.getDetails(), r.getCreatedAt(), r.getDueAt(), r.daysLeft(now),
                r.isOverdue(now), r.getCompletedAt());
    }
}
