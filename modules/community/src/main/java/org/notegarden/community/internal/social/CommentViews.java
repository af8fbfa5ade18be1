package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notegarden.community.internal.account.People;
import org.notegarden.community.internal.account.PlaceNames;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;

/** How comments appear in API responses, with their authors and the viewer's likes. */
@ApplicationScoped
public class CommentViews {
    People accounts;
    LikeService likes;
    PlaceNames places;

    @Inject
    public CommentViews(People accounts, LikeService likes, PlaceNames places) {
        this.accounts = accounts;
        this.likes = likes;
        this.places = places;
    }

    /** For the CDI container's proxy only. */
    protected CommentViews() {
    }

    public record CommentView(long id, long noteId, Long parentId, People.Person author,
                              People.Person replyTo, String body, int likeCount, boolean likedByMe,
                              int replyCount, boolean deleted, boolean mine, Instant createdAt, String ipLocation) {
    }

    /** A page of comments fetched one beyond {@code limit}; the next cursor is the last one shown. */
    public Page<CommentView> page(List<Comment> fetched, int limit, Long viewerId) {
        boolean more = fetched.size() > limit;
        List<Comment> shown = more ? fetched.subList(0, limit) : fetched;
        Set<Long> people = new HashSet<>();
        shown.forEach(c -> {
            people.add(c.getAuthorId());
            if (c.getReplyToAccountId() != null) {
                people.add(c.getReplyToAccountId());
            }
        });
        Map<Long, People.Person> persons = accounts.people(people);
        Collection<Long> ids = shown.stream().map(Comment::getId).toList();
        Set<Long> liked = viewerId == null ? Set.of() : likes.likedComments(viewerId, ids);
        List<CommentView> views = shown.stream().map(c -> new CommentView(c.getId(), c.getNoteId(), c.getParentId(),
                c.isDeleted() ? null : persons.get(c.getAuthorId()),
                c.getReplyToAccountId() == null ? null : persons.get(c.getReplyToAccountId()),
                c.getBody(), c.getLikeCount(), liked.contains(c.getId()), c.getReplyCount(), c.isDeleted(),
                viewerId != null && viewerId == c.getAuthorId() && !c.isDeleted(), c.getCreatedAt(),
                c.isDeleted() ? null : places.name(c.getIpLocation()))).toList();
        Comment last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new Page<>(views, more ? new Cursor(last.getCreatedAt(), last.getId()).encode() : null);
    }

    /** One comment as just written. */
    public CommentView one(Comment c, long viewerId) {
        return page(List.of(c), 1, viewerId).items().get(0);
    }
}
