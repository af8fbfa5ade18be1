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
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.account.AccountService;
import org.notegarden.community.internal.account.Pace;
import org.notegarden.community.internal.account.People;
import org.notegarden.community.internal.feed.FeedQueries;
import org.notegarden.community.internal.note.NoteViews;
import org.notegarden.community.internal.relation.BlockService;
import org.notegarden.community.internal.relation.FollowService;
import org.notegarden.compliance.api.VelocityLimits;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;
import org.notegarden.platform.api.Problems;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A person's public face: profile, notes, liked notes, boards, and the follow graph. */
@RequestScoped
@Path("users/{handle}")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {
    Pace pace;
    CallerContext caller;
    AccountService accounts;
    People people;
    Profiles profiles;
    NoteViews noteViews;
    BoardViews boardViews;
    FeedQueries feeds;
    FollowService follows;
    BlockService blocks;

    @Inject
    public UserResource(Pace pace, CallerContext caller, AccountService accounts, People people, Profiles profiles,
            NoteViews noteViews, BoardViews boardViews, FeedQueries feeds, FollowService follows, BlockService blocks) {
        this.pace = pace;
        this.caller = caller;
        this.accounts = accounts;
        this.people = people;
        this.profiles = profiles;
        this.noteViews = noteViews;
        this.boardViews = boardViews;
        this.feeds = feeds;
        this.follows = follows;
        this.blocks = blocks;
    }

    /** For the CDI container's proxy only. */
    protected UserResource() {
    }

    /** After a follow: following, or {@code requested} when the profile is private and its owner must approve. */
    public record FollowState(boolean following, boolean requested, long followers) {
    }

    /** Whether the caller has blocked this person. */
    public record BlockState(boolean blocked) {
    }

    /**
     * The account behind a handle, as the viewer may see it: to someone it blocked it looks
     * missing. (The blocker still reaches the blocked person's profile, to unblock; their notes
     * are left out of every list.)
     */
    private Account seeable(String handle) {
        Account a = accounts.require(handle);
        Long viewer = viewer();
        if (viewer != null && blocks.blocks(a.getId(), viewer)) {
            throw Problems.notFound("handle", CommunityMessages.ACCOUNT_N_DOES_NOT_EXIST, handle);
        }
        return a;
    }

    @GET
    public Profiles.Profile profile(@PathParam("handle") String handle) {
        return profiles.profile(seeable(handle), viewer());
    }

    @GET
    @Path("notes")
    public Page<NoteViews.NoteCard> notes(@PathParam("handle") String handle, @QueryParam("cursor") String cursor,
                                          @QueryParam("limit") Integer limit) {
        Account a = seeable(handle);
        int n = Page.clampLimit(limit);
        if (!profiles.notesVisibleTo(a, viewer())) {
            return new Page<>(java.util.List.of(), null);
        }
        return noteViews.page(feeds.byAuthor(a.getId(), Cursor.fromParam(cursor), n), n, viewer());
    }

    @GET
    @Path("liked")
    public Page<NoteViews.NoteCard> liked(@PathParam("handle") String handle, @QueryParam("cursor") String cursor,
                                          @QueryParam("limit") Integer limit) {
        Account a = seeable(handle);
        int n = Page.clampLimit(limit);
        return noteViews.page(feeds.likedBy(a.getId(), Cursor.fromParam(cursor), n), n, viewer());
    }

    @GET
    @Path("boards")
    public List<BoardViews.BoardView> boards(@PathParam("handle") String handle) {
        return boardViews.boardsOf(seeable(handle).getId(), viewer());
    }

    @PUT
    @Path("follow")
    @SecurityRequirement(name = "bearerToken")
    public FollowState follow(@PathParam("handle") String handle) {
        long me = caller.require().accountId();
        Account a = seeable(handle);
        pace.check(me, VelocityLimits.Action.FOLLOW);
        boolean following = follows.follow(me, a.getId(), a.isPrivateProfile()) == FollowService.Outcome.FOLLOWING;
        return new FollowState(following, !following, follows.followerCount(a.getId()));
    }

    @DELETE
    @Path("follow")
    @SecurityRequirement(name = "bearerToken")
    public FollowState unfollow(@PathParam("handle") String handle) {
        long me = caller.require().accountId();
        Account a = seeable(handle);
        follows.unfollow(me, a.getId());
        return new FollowState(false, false, follows.followerCount(a.getId()));
    }

    @GET
    @Path("followers")
    public Page<People.Person> followers(@PathParam("handle") String handle, @QueryParam("cursor") String cursor,
                                               @QueryParam("limit") Integer limit) {
        int n = Page.clampLimit(limit);
        return people(follows.followers(seeable(handle).getId(), Cursor.fromParam(cursor), n), n);
    }

    @GET
    @Path("following")
    public Page<People.Person> following(@PathParam("handle") String handle, @QueryParam("cursor") String cursor,
                                               @QueryParam("limit") Integer limit) {
        int n = Page.clampLimit(limit);
        return people(follows.following(seeable(handle).getId(), Cursor.fromParam(cursor), n), n);
    }

    private Page<People.Person> people(List<Cursor> positions, int limit) {
        return people.peoplePage(positions, limit);
    }

    private Long viewer() {
        return caller.current().map(c -> c.accountId()).orElse(null);
    }

    /** Blocks this person (see {@link BlockService}); the block is yours to see, nobody else's. */
    @PUT
    @Path("block")
    @SecurityRequirement(name = "bearerToken")
    public BlockState block(@PathParam("handle") String handle) {
        long me = caller.require().accountId();
        blocks.block(me, accounts.require(handle).getId());
        return new BlockState(true);
    }

    @DELETE
    @Path("block")
    @SecurityRequirement(name = "bearerToken")
    public BlockState unblock(@PathParam("handle") String handle) {
        long me = caller.require().accountId();
        blocks.unblock(me, accounts.require(handle).getId());
        return new BlockState(false);
    }
}
