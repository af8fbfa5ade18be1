package org.notegarden.commerce.internal.shop;

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
import java.util.List;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Page;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Admins review shop applications and decide, with reasons. */
@RequestScoped
@Path("admin/shops")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class ShopAdminResource {
    CallerContext caller;
    ShopService shops;
    ShopViews views;

    @Inject
    public ShopAdminResource(CallerContext caller, ShopService shops, ShopViews views) {
        this.caller = caller;
        this.shops = shops;
        this.views = views;
    }

    /** For the CDI container's proxy only. */
    protected ShopAdminResource() {
    }

    public static class ShopDecisionBody {
        @Schema(required = true)
        public Boolean approve;
        public String reason;
    }

    @GET
        public List<ShopViews.ShopView> applications(@QueryParam("status") String status, @QueryParam("limit") Integer limit) {
        long admin = caller.requireRole(Role.ADMIN).accountId();
        Shop.Status s;
        try {
            s = status == null ? Shop.Status.PENDING : Shop.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("status", CommerceMessages.MUST_BE_PENDING_APPROVED_OR_REJECTED);
        }
        return shops.byStatus(s, Page.clampLimit(limit)).stream().map(x -> views.view(x, admin)).toList();
    }

    @POST
    @Path("{id}/decision")
    public ShopViews.ShopView decide(@PathParam("id") long id, ShopDecisionBody b) {
        long admin = caller.requireRole(Role.ADMIN).accountId();
        if (b == null || b.approve == null) {
            throw Problems.invalid("approve", CommerceMessages.IS_REQUIRED_TRUE_OR_FALSE);
        }
        return views.view(shops.decide(admin, id, b.approve, b.reason), admin);
    }

}
