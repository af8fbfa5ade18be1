package org.notegarden.community.internal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.notegarden.community.internal.media.Media;
import org.notegarden.community.internal.media.MediaKind;
import org.notegarden.community.internal.web.AccountViews;
import org.notegarden.platform.api.RequestBodies;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Problems;

/** The caller's own account. */
@RequestScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    EmailOwnership emails;
    @Inject
    CallerContext caller;
    @Inject
    AccountService accounts;
    @Inject
    AccountViews views;
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public static class ProfileBody {
        public String displayName;
        public String bio;
        public Long avatarMediaId;
        public String locale;
        /** Only followers see a private profile's notes. */
        public Boolean privateProfile;
    }

    @GET
    public AccountViews.Me me() {
        return views.me(em.find(Account.class, caller.require().accountId()));
    }

    @PATCH
    public AccountViews.Me update(ProfileBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        if (body.avatarMediaId != null) {
            Media m = em.find(Media.class, body.avatarMediaId);
            if (m == null || m.getOwnerId() != me || m.getKind() != MediaKind.IMAGE) {
                throw Problems.invalid("avatarMediaId", "must be an image you uploaded");
            }
        }
        if (body.privateProfile != null) {
            accounts.setPrivateProfile(me, body.privateProfile);
        }
        if (body.displayName == null && body.bio == null && body.avatarMediaId == null && body.locale == null) {
            return views.me(em.find(Account.class, me));
        }
        return views.me(accounts.updateProfile(me, body.displayName, body.bio, body.avatarMediaId, body.locale));
    }

    /** Sends the link that proves the account's address again (the last one stops working). */
    @jakarta.ws.rs.POST
    @Path("verification-email")
    public jakarta.ws.rs.core.Response resendVerification() {
        emails.resendVerification(caller.require().accountId());
        return jakarta.ws.rs.core.Response.accepted().build();
    }
}
