package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.notegarden.compliance.api.AuditLog;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.RequestBodies;
import org.notegarden.platform.api.Role;

/** Admins name trusted flaggers (organisations awarded the status under DSA Art. 22). */
@RequestScoped
@Path("admin/trusted-flaggers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrustedFlaggerResource {
    @Inject
    CallerContext caller;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public static class FlaggerBody {
        public String name;
    }

    public record FlaggerView(long accountId, String name) {
    }

    @PUT
    @Path("{accountId}")
    @Transactional
    public FlaggerView name(@PathParam("accountId") long accountId, FlaggerBody body) {
        long admin = caller.requireRole(Role.ADMIN).accountId();
        RequestBodies.required(body);
        if (body.name == null || body.name.isBlank() || body.name.length() > 200) {
            throw Problems.invalid("name", "name the organisation (at most 200 characters)");
        }
        if (em.find(TrustedFlagger.class, accountId) == null) {
            em.persist(new TrustedFlagger(accountId, body.name.strip(), clock.instant()));
            audit.record(admin, "moderation.trusted-flagger.named", "account:" + accountId, body.name.strip());
        }
        return new FlaggerView(accountId, body.name.strip());
    }
}
