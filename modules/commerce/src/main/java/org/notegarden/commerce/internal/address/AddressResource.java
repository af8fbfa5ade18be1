package org.notegarden.commerce.internal.address;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.notegarden.commerce.internal.order.CheckoutRules;
import org.notegarden.platform.api.CallerContext;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The caller's own address book; nobody reads or changes another person's. */
@RequestScoped
@Path("me/addresses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class AddressResource {
    CallerContext caller;
    AddressBookService book;

    @Inject
    public AddressResource(CallerContext caller, AddressBookService book) {
        this.caller = caller;
        this.book = book;
    }

    /** For the CDI container's proxy only. */
    protected AddressResource() {
    }

    /** An address as saved; {@code isDefault} marks the one checkout starts with. */
    public record AddressView(long id, String name, String phone, String line, String city, String region, String postalCode,
                              String country, boolean isDefault) {
        static AddressView of(SavedAddress a) {
            CheckoutRules.ShipTo t = a.shipTo();
            return new AddressView(a.getId(), t.name(), t.phone(), t.line(), t.city(), t.region(), t.postalCode(), t.country(),
                    a.isDefault());
        }
    }

    public static class AddressBody {
        public String name;
        public String phone;
        public String line;
        public String city;
        public String region;
        public String postalCode;
        public String country;
        /** Make this the default (the first address saved always is). */
        public Boolean isDefault;

        CheckoutRules.ShipTo shipTo() {
            return new CheckoutRules.ShipTo(name, phone, line, city, region, postalCode, country);
        }
    }

    @GET
    public List<AddressView> list() {
        return book.of(caller.require().accountId()).stream().map(AddressView::of).toList();
    }

    @POST
    @APIResponse(responseCode = "201", description = "The saved address", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AddressView.class)))
    public Response add(AddressBody body) {
        long me = caller.require().accountId();
        SavedAddress a = book.add(me, body == null ? null : body.shipTo(), body != null && Boolean.TRUE.equals(body.isDefault));
        return Response.status(Response.Status.CREATED).entity(AddressView.of(a)).build();
    }

    @PUT
    @Path("{id}")
    public AddressView change(@PathParam("id") long id, AddressBody body) {
        return AddressView.of(book.change(caller.require().accountId(), id, body == null ? null : body.shipTo()));
    }

    @PUT
    @Path("{id}/default")
    public List<AddressView> makeDefault(@PathParam("id") long id) {
        long me = caller.require().accountId();
        book.makeDefault(me, id);
        return list();
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") long id) {
        book.remove(caller.require().accountId(), id);
        return Response.noContent().build();
    }
}
