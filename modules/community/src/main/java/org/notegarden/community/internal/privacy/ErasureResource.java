package org.notegarden.community.internal.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.account.AccountService;
import org.notegarden.community.internal.account.SessionCookies;
import org.notegarden.compliance.api.Erasure;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.RequestBodies;

/**
 * "Delete my account": confirmed with the password, done at once and in one transaction (the
 * request is recorded, every module erases its part, orders go under legal hold), then the
 * browser's session cookies are cleared.
 */
@RequestScoped
@Path("privacy/erasure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ErasureResource {
    @Inject
    CallerContext caller;
    @Inject
    AccountService accounts;
    @Inject
    Erasure erasure;
    @Context
    UriInfo uri;

    public static class ErasureBody {
        public String password;
    }

    public record Erased(long requestId) {
    }

    @POST
    @Transactional
    public Response erase(ErasureBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        Account a = accounts.confirmIdentity(me, body.password);
        long requestId = erasure.erase(me, a.getRegionId());
        return Response.ok(new Erased(requestId))
                .cookie(SessionCookies.cleared(uri))
                .build();
    }
}
