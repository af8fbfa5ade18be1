package org.notegarden.community.internal.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.account.People;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;
import org.notegarden.platform.api.Problems;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** One's own notifications; nobody reads or marks another person's. */
@RequestScoped
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class NotificationResource {
    CallerContext caller;
    Notifier notifier;
    People accounts;
    SubjectTexts subjects;

    @Inject
    public NotificationResource(CallerContext caller, Notifier notifier, People accounts, SubjectTexts subjects) {
        this.caller = caller;
        this.notifier = notifier;
        this.accounts = accounts;
        this.subjects = subjects;
    }

    /** For the CDI container's proxy only. */
    protected NotificationResource() {
    }

    /**
     * {@code actor} is null for the platform's messages (moderation, orders), which carry
     * {@code subject} ("NOTE:12", "ORDER:7"), {@code detail} (the decision, outcome or order state)
     * and, for moderation, the statement to read. Likes and collects of one note come as one line:
     * {@code actor} the newest, {@code alsoBy} up to two more, {@code others} how many more in all.
     */
    public record NotificationView(long id, String kind, String group, People.Person actor, List<People.Person> alsoBy,
                                   int others, Long noteId, String noteTitle, Long commentId, String commentExcerpt,
                                   String subject, String detail, Long statementId, boolean read, Instant createdAt) {
    }

    public record UnreadCount(long unread) {
    }

    public record Marked(int marked, long unread) {
    }

    public static class ReadBody {
        /** Ids to mark read; absent means all. */
        public List<Long> ids;
    }

    /**
     * A page of notifications. Its own type rather than {@code Page<NotificationView>}: the API
     * document only meets NotificationView here, and Payara cannot see through the generic
     * {@code Page} to name it (other pages are typed from types it meets elsewhere).
     */
    public record NotificationPage(List<NotificationView> items, String nextCursor) {
    }

    @GET
    public NotificationPage list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit,
                                       @QueryParam("group") String group) {
        long me = caller.require().accountId();
        int n = Page.clampLimit(limit);
        List<Notification> fetched = notifier.page(me, group(group), Cursor.fromParam(cursor), n);
        boolean more = fetched.size() > n;
        List<Notification> shown = more ? fetched.subList(0, n) : fetched;
        Set<Long> actors = new HashSet<>();
        Set<Long> notes = new HashSet<>();
        Set<Long> comments = new HashSet<>();
        List<LikeGroups.Line> lines = LikeGroups.fold(shown);
        lines.forEach(l -> actors.addAll(l.otherActors().subList(0, Math.min(2, l.otherActors().size()))));
        shown.forEach(x -> {
            if (x.getActorId() != null) actors.add(x.getActorId());
            if (x.getNoteId() != null) notes.add(x.getNoteId());
            if (x.getCommentId() != null) comments.add(x.getCommentId());
        });
        Map<Long, People.Person> people = accounts.people(actors);
        Map<Long, String> titles = subjects.noteTitles(notes);
        Map<Long, String> excerpts = subjects.commentBodies(comments);
        List<NotificationView> views = lines.stream().map(l -> {
            Notification x = l.lead();
            List<People.Person> alsoBy = l.otherActors().stream().limit(2).map(people::get).filter(java.util.Objects::nonNull).toList();
            return new NotificationView(x.getId(), x.getKind().name(), x.getKind().group().name(),
                    x.getActorId() == null ? null : people.get(x.getActorId()), alsoBy, l.otherActors().size(), x.getNoteId(),
                    titles.get(x.getNoteId()), x.getCommentId(), excerpt(excerpts.get(x.getCommentId())), x.getSubject(),
                    x.getDetail(), x.getStatementId(), l.read(), x.getCreatedAt());
        }).toList();
        Notification last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new NotificationPage(views, more ? new Cursor(last.getCreatedAt(), last.getId()).encode() : null);
    }

    @GET
    @Path("unread-count")
    public UnreadCount unread() {
        return new UnreadCount(notifier.unreadCount(caller.require().accountId()));
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    public Marked markRead(ReadBody body) {
        long me = caller.require().accountId();
        List<Long> ids = body == null ? null : body.ids;
        if (ids != null && ids.size() > 500) {
            throw Problems.invalid("ids", CommunityMessages.AT_MOST_500_AT_TIME);
        }
        int marked = notifier.markRead(me, ids);
        return new Marked(marked, notifier.unreadCount(me));
    }

    /** One tab (likes, follows, comments, system) or, when absent, all. */
    private static Notification.Group group(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Notification.Group.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("group", CommunityMessages.MUST_BE_ONE_OF_N, "likes, follows, comments, system");
        }
    }

    private static String excerpt(String s) {
        if (s == null) {
            return null;
        }
        return s.codePointCount(0, s.length()) <= 80 ? s : s.substring(0, s.offsetByCodePoints(0, 80)) + "…";
    }
}
