package org.notegarden.community.internal.relation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.notegarden.community.internal.account.AccountService;
import org.notegarden.community.internal.account.People;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The owner of a private profile answers the people who asked to follow it. */
@RequestScoped
@Path("me/follow-requests")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class FollowRequestsResource {
    CallerContext caller;
    FollowService follows;
    AccountService accounts;
    People views;

    @Inject
    public FollowRequestsResource(CallerContext caller, FollowService follows, AccountService accounts, People views) {
        this.caller = caller;
        this.follows = follows;
        this.accounts = accounts;
        this.views = views;
    }

    /** For the CDI container's proxy only. */
    protected FollowRequestsResource() {
    }

    @GET
    public Page<People.Person> pending(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        long me = caller.require().accountId();
        int n = Page.clampLimit(limit);
        return views.peoplePage(follows.requests(me, Cursor.fromParam(cursor), n), n);
    }

    @POST
    @Path("{handle}/approve")
    @APIResponse(responseCode = "204", description = "Approved: they follow you now")
    public Response approve(@PathParam("handle") String handle) {
        follows.approve(caller.require().accountId(), accounts.require(handle).getId());
        return Response.noContent().build();
    }

    @POST
    @Path("{handle}/decline")
    @APIResponse(responseCode = "204", description = "Declined")
    public Response decline(@PathParam("handle") String handle) {
        follows.decline(caller.require().accountId(), accounts.require(handle).getId());
        return Response.noContent().build();
    }
}
