package org.notegarden.community.internal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The caller's own account. */
@RequestScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class MeResource {
    EmailOwnership emails;
    CallerContext caller;
    AccountService accounts;
    ProfileChanges profiles;
    People views;

    @Inject
    public MeResource(EmailOwnership emails, CallerContext caller, AccountService accounts, ProfileChanges profiles,
            People views) {
        this.emails = emails;
        this.caller = caller;
        this.accounts = accounts;
        this.profiles = profiles;
        this.views = views;
    }

    /** For the CDI container's proxy only. */
    protected MeResource() {
    }

    public static class ProfileBody {
        public String displayName;
        public String bio;
        public Long avatarMediaId;
        public String locale;
        /** Only followers see a private profile's notes. */
        public Boolean privateProfile;
    }

    @GET
    public People.Me me() {
        return views.me(accounts.signedIn(caller.require().accountId()));
    }

    @PATCH
    public People.Me update(ProfileBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        return views.me(profiles.change(me, new ProfileChanges.Change(body.displayName, body.bio,
                body.avatarMediaId, body.locale, body.privateProfile)));
    }

    /** Sends the link that proves the account's address again (the last one stops working). */
    @POST
    @Path("verification-email")
    @APIResponse(responseCode = "202", description = "A new link is on its way")
    public Response resendVerification() {
        emails.resendVerification(caller.require().accountId());
        return Response.accepted().build();
    }
}
