package org.notegarden.commerce.internal.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.platform.api.Caller;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.RequestBodies;
import org.notegarden.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Shops: apply, see one's own application, edit it, and the public shop page. */
@RequestScoped
@Path("shops")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShopResource {
    CallerContext caller;
    ShopService shops;
    ShopViews views;

    @Inject
    public ShopResource(CallerContext caller, ShopService shops, ShopViews views) {
        this.caller = caller;
        this.shops = shops;
        this.views = views;
    }

    /** For the CDI container's proxy only. */
    protected ShopResource() {
    }

    public static class ApplicationBody {
        public String name;
        public String description;
        public Long logoMediaId;
        public String currency;
        public String legalName;
        public String address;
        public String contactEmail;
        public String contactPhone;
        public String registrationNumber;
        public Boolean selfCertified;
        /** ISO 3166 alpha-2 code of the country the shop ships from; optional. */
        public String country;
    }

    @POST
    @APIResponse(responseCode = "201", description = "The shop, waiting for approval", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ShopViews.ShopView.class)))
    @SecurityRequirement(name = "bearerToken")
    public Response apply(ApplicationBody b) {
        Caller me = caller.require();
        RequestBodies.required(b);
        Shop shop = shops.apply(me.accountId(), ShopRules.check(b.name, b.description, b.logoMediaId, b.currency,
                b.legalName, b.address, b.contactEmail, b.contactPhone, b.registrationNumber, b.selfCertified, b.country));
        return Response.status(Response.Status.CREATED).entity(views.view(shop, me.accountId())).build();
    }

    @GET
    @Path("mine")
    @SecurityRequirement(name = "bearerToken")
    public ShopViews.ShopView mine() {
        long me = caller.require().accountId();
        return views.view(shops.byOwner(me).orElseThrow(() -> Problems.notFound("shop",
                CommerceMessages.YOUR_SHOP_DOES_NOT_EXIST)), me);
    }

    @PUT
    @Path("mine")
    @SecurityRequirement(name = "bearerToken")
    public ShopViews.ShopView edit(ApplicationBody b) {
        long me = caller.require().accountId();
        RequestBodies.required(b);
        Shop current = shops.byOwner(me).orElseThrow(() -> Problems.notFound("shop", CommerceMessages.YOUR_SHOP_DOES_NOT_EXIST));
        if (current.getStatus() == Shop.Status.APPROVED) {
            return views.view(shops.editProfile(me, b.name, b.description, b.logoMediaId, b.country), me);
        }
        return views.view(shops.apply(me, ShopRules.check(b.name, b.description, b.logoMediaId, b.currency, b.legalName,
                b.address, b.contactEmail, b.contactPhone, b.registrationNumber, b.selfCertified, b.country)), me);
    }

    @GET
    @Path("{id}")
    public ShopViews.ShopView get(@PathParam("id") long id) {
        Long viewer = caller.current().map(Caller::accountId).orElse(null);
        boolean admin = caller.current().map(c -> c.has(Role.ADMIN)).orElse(false);
        return views.view(shops.requireVisible(id, viewer, admin), viewer);
    }

}
