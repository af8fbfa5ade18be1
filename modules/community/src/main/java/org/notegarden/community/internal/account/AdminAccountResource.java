package org.notegarden.community.internal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.account.People;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.RequestBodies;
import org.notegarden.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Admins grant and remove roles; every change lands in the audit log. */
@RequestScoped
@Path("admin/accounts/{handle}/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class AdminAccountResource {
    CallerContext caller;
    AccountService accounts;
    People views;

    @Inject
    public AdminAccountResource(CallerContext caller, AccountService accounts, People views) {
        this.caller = caller;
        this.accounts = accounts;
        this.views = views;
    }

    /** For the CDI container's proxy only. */
    protected AdminAccountResource() {
    }

    public static class RolesBody {
        public List<String> roles;
    }

    @PUT
    public People.Me setRoles(@PathParam("handle") String handle, RolesBody body) {
        long admin = caller.requireRole(Role.ADMIN).accountId();
        RequestBodies.required(body);
        if (body.roles == null) {
            throw Problems.invalid("roles", CommunityMessages.IS_REQUIRED);
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < body.roles.size(); i++) {
            try {
                roles.add(Role.valueOf(String.valueOf(body.roles.get(i))));
            } catch (IllegalArgumentException e) {
                throw Problems.invalid("roles[" + i + "]", CommunityMessages.MUST_BE_ONE_OF_USER_MERCHANT_MODERATOR_ADMIN);
            }
        }
        return views.me(accounts.setRoles(admin, handle, roles));
    }
}
