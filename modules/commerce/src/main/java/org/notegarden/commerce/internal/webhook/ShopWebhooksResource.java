package org.notegarden.commerce.internal.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopService;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Page;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.SuccessStatus;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The caller's shop's webhook endpoints and their delivery logs; only the shop's owner reaches them. */
@RequestScoped
@Path("shops/mine/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class ShopWebhooksResource {
    CallerContext caller;
    WebhookService webhooks;
    ShopService shops;

    @Inject
    public ShopWebhooksResource(CallerContext caller, WebhookService webhooks, ShopService shops) {
        this.caller = caller;
        this.webhooks = webhooks;
        this.shops = shops;
    }

    /** For the CDI container's proxy only. */
    protected ShopWebhooksResource() {
    }

    /** Whose endpoints these are: the caller's shop. */
    private Long owner() {
        return shops.byOwner(caller.require().accountId()).map(Shop::getId)
                .orElseThrow(() -> Problems.notFound("shop", CommerceMessages.YOUR_SHOP_DOES_NOT_EXIST));
    }

    @GET
    public List<WebhookViews.EndpointView> list() {
        return webhooks.list(owner());
    }

    /** Registers an endpoint; the answer holds its signing secret, shown this once. */
    @POST
    @APIResponse(responseCode = "201", description = "The new endpoint with its signing secret",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WebhookViews.CreatedEndpoint.class)))
    @SuccessStatus(201)
    public WebhookViews.CreatedEndpoint create(WebhookService.EndpointBody body) {
        Long owner = owner();
        return webhooks.create(owner, caller.require().accountId(), body);
    }

    @PUT
    @Path("{id}")
    public WebhookViews.EndpointView change(@PathParam("id") long id, WebhookService.EndpointBody body) {
        return webhooks.change(owner(), id, body);
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "Removed, with its delivery log")
    public Response remove(@PathParam("id") long id) {
        webhooks.remove(owner(), id);
        return Response.noContent().build();
    }

    /** The endpoint's deliveries, newest first (named so the operation reads "list … webhook deliveries"). */
    @GET
    @Path("{id}/deliveries")
    public Page<WebhookViews.DeliveryView> list(@PathParam("id") long id, @QueryParam("cursor") String cursor,
                                                      @QueryParam("limit") Integer limit) {
        return webhooks.deliveries(owner(), id, cursor, limit);
    }

    /** One delivery with the body that was sent and every try's answer. */
    @GET
    @Path("{id}/deliveries/{deliveryId}")
    public WebhookViews.DeliveryDetail get(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return webhooks.delivery(owner(), id, deliveryId);
    }

    /** Sends the delivery's event again now, as a new delivery. */
    @POST
    @Path("{id}/deliveries/{deliveryId}/replay")
    @APIResponse(responseCode = "202", description = "The new delivery, queued to be sent now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WebhookViews.DeliveryView.class)))
    @SuccessStatus(202)
    public WebhookViews.DeliveryView replay(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return webhooks.replay(owner(), id, deliveryId);
    }
}
