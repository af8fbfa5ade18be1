package org.notegarden.compliance.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.notegarden.compliance.api.AuditVerification;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Page;
import org.notegarden.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Admins read the audit log and check that it has not been tampered with. */
@RequestScoped
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class AuditResource {
    CallerContext caller;
    JpaAuditLog log;

    @Inject
    public AuditResource(CallerContext caller, JpaAuditLog log) {
        this.caller = caller;
        this.log = log;
    }

    /** For the CDI container's proxy only. */
    protected AuditResource() {
    }

    public record EntryView(long seq, Instant at, Long actorId, String action, String target, String detail, String hash) {
    }

    public record AuditView(AuditVerification verification, List<EntryView> entries) {
    }

    @GET
    public AuditView list(@QueryParam("limit") Integer limit) {
        caller.requireRole(Role.ADMIN);
        List<EntryView> entries = log.latest(Page.clampLimit(limit)).stream()
                .map(e -> new EntryView(e.getSeq(), e.getAt(), e.getActorId(), e.getAction(), e.getTarget(),
                        e.getDetail(), e.getHash()))
                .toList();
        return new AuditView(log.verify(), entries);
    }
}
