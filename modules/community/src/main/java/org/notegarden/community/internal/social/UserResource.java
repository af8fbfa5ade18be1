package org.notegarden.community.internal.social;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.account.AccountService;
import org.notegarden.community.internal.feed.FeedService;
import org.notegarden.community.internal.web.AccountViews;
import org.notegarden.community.internal.web.NoteViews;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;

/** A person's public face: profile, notes, liked notes, boards, and the follow graph. */
@RequestScoped
@Path("users/{handle}")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {
    @Inject
    org.notegarden.community.internal.account.Pace pace;
    @Inject
    CallerContext caller;
    @Inject
    AccountService accounts;
    @Inject
    AccountViews accountViews;
    @Inject
    NoteViews noteViews;
    @Inject
    BoardViews boardViews;
    @Inject
    FeedService feeds;
    @Inject
    FollowService follows;

    public record FollowState(boolean following, long followers) {
    }

    @GET
    public AccountViews.Profile profile(@PathParam("handle") String handle) {
        return accountViews.profile(accounts.require(handle), viewer());
    }

    @GET
    @Path("notes")
    public Page<NoteViews.NoteCard> notes(@PathParam("handle") String handle, @QueryParam("cursor") String cursor,
                                          @QueryParam("limit") Integer limit) {
        Account a = accounts.require(handle);
        int n = Page.clampLimit(limit);
        if (!accountViews.notesVisibleTo(a, viewer())) {
            return new Page<>(java.util.List.of(), null);
        }
        return noteViews.page(feeds.byAuthor(a.getId(), Cursor.fromParam(cursor), n), n, viewer());
    }

    @GET
    @Path("liked")
    public Page<NoteViews.NoteCard> liked(@PathParam("handle") String handle, @QueryParam("cursor") String cursor,
                                          @QueryParam("limit") Integer limit) {
        Account a = accounts.require(handle);
        int n = Page.clampLimit(limit);
        return noteViews.page(feeds.likedBy(a.getId(), Cursor.fromParam(cursor), n), n, viewer());
    }

    @GET
    @Path("boards")
    public List<BoardViews.BoardView> boards(@PathParam("handle") String handle) {
        return boardViews.boardsOf(accounts.require(handle).getId(), viewer());
    }

    @PUT
    @Path("follow")
    public FollowState follow(@PathParam("handle") String handle) {
        long me = caller.require().accountId();
        Account a = accounts.require(handle);
        pace.check(me, org.notegarden.compliance.api.VelocityLimits.Action.FOLLOW);
        follows.follow(me, a.getId());
        return new FollowState(true, follows.followerCount(a.getId()));
    }

    @DELETE
    @Path("follow")
    public FollowState unfollow(@PathParam("handle") String handle) {
        long me = caller.require().accountId();
        Account a = accounts.require(handle);
        follows.unfollow(me, a.getId());
        return new FollowState(false, follows.followerCount(a.getId()));
    }

    @GET
    @Path("followers")
    public Page<AccountViews.Person> followers(@PathParam("handle") String handle, @QueryParam("cursor") String cursor,
                                               @QueryParam("limit") Integer limit) {
        int n = Page.clampLimit(limit);
        return people(follows.followers(accounts.require(handle).getId(), Cursor.fromParam(cursor), n), n);
    }

    @GET
    @Path("following")
    public Page<AccountViews.Person> following(@PathParam("handle") String handle, @QueryParam("cursor") String cursor,
                                               @QueryParam("limit") Integer limit) {
        int n = Page.clampLimit(limit);
        return people(follows.following(accounts.require(handle).getId(), Cursor.fromParam(cursor), n), n);
    }

    private Page<AccountViews.Person> people(List<Cursor> positions, int limit) {
        boolean more = positions.size() > limit;
        List<Cursor> shown = more ? positions.subList(0, limit) : positions;
        Map<Long, AccountViews.Person> people = accountViews.people(shown.stream().map(Cursor::id).toList());
        return new Page<>(shown.stream().map(c -> people.get(c.id())).filter(java.util.Objects::nonNull).toList(),
                more ? shown.get(shown.size() - 1).encode() : null);
    }

    private Long viewer() {
        return caller.current().map(c -> c.accountId()).orElse(null);
    }
}
