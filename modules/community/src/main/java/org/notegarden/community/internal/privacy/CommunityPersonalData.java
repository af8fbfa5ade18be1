package org.notegarden.community.internal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.notegarden.community.internal.media.Media;
import org.notegarden.community.internal.media.MediaStore;
import org.notegarden.community.internal.media.MediaUrls;
import org.notegarden.compliance.api.PersonalData;

/**
 * Community's part of an export: the account, notes (drafts too), comments, likes, collections,
 * follows, collaborations, notifications and sessions (what was observed), and every uploaded file.
 * Never the password hash or session tokens.
 */
@ApplicationScoped
public class CommunityPersonalData implements PersonalData {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    MediaStore store;

    @Inject
    public CommunityPersonalData(MediaStore store) {
        this.store = store;
    }

    /** For the CDI container's proxy only. */
    protected CommunityPersonalData() {
    }

    @Override
    public String section() {
        return "community";
    }

    @Override
    public void export(long id, ExportSink sink) throws IOException {
        sink.json("community/account.json", Rows.of(em,
                "SELECT id, handle, email, display_name, bio, locale, birth_date, region_id, "
                + "ip_location, created_at FROM cm_account WHERE id = ?1", id,
                "id", "handle", "email", "displayName", "bio", "locale", "birthDate", "signUpRegion",
                        "lastIpLocation", "createdAt"));
        sink.json("community/notes.json", Rows.of(em,
                "SELECT id, title, body, kind, state, location_name, ip_location, sponsor_name, "
                + "ai_generated, ai_assisted, created_at, updated_at, published_at FROM cm_note WHERE author_id = ?1 ORDER BY id", id,
                "id", "title", "body", "kind", "state", "location", "ipLocation", "sponsoredBy", "aiGenerated", "aiAssisted",
                "createdAt", "updatedAt", "publishedAt"));
        sink.json("community/note-topics.json", Rows.of(em,
                "SELECT t.note_id, t.topic FROM cm_note_topic t JOIN cm_note n ON n.id = t.note_id "
                + "WHERE n.author_id = ?1 ORDER BY t.note_id", id, "noteId", "topic"));
        sink.json("community/comments.json", Rows.of(em, "SELECT id, note_id, parent_id, body, deleted, ip_location, created_at "
                + "FROM cm_comment WHERE author_id = ?1 ORDER BY id", id, "id", "noteId", "replyTo", "body",
                        "deleted", "ipLocation", "createdAt"));
        sink.json("community/likes.json", Rows.of(em,
                "SELECT note_id, created_at FROM cm_note_like WHERE account_id = ?1 ORDER BY created_at",
                id, "noteId", "at"));
        sink.json("community/boards.json", Rows.of(em,
                "SELECT id, name, description, is_private, created_at FROM cm_board WHERE owner_id = ?1",
                id, "id", "name", "description", "private", "createdAt"));
        sink.json("community/collected.json", Rows.of(em,
                "SELECT note_id, board_id, created_at FROM cm_collect WHERE account_id = ?1",
                id, "noteId", "boardId", "at"));
        sink.json("community/following.json", Rows.of(em, "SELECT a.handle, f.created_at FROM cm_follow f JOIN cm_account a "
                + "ON a.id = f.followee_id WHERE f.follower_id = ?1", id, "handle", "since"));
        sink.json("community/followers.json", Rows.of(em, "SELECT a.handle, f.created_at FROM cm_follow f JOIN cm_account a "
                + "ON a.id = f.follower_id WHERE f.followee_id = ?1", id, "handle", "since"));
        sink.json("community/collaborations.json", Rows.of(em,
                "SELECT id, brand_name, creator_id, brief, state, created_at FROM cm_collab "
                + "WHERE brand_account_id = ?1 OR creator_id = ?1", id, "id", "brand", "creatorId", "brief", "state",
                        "createdAt"));
        sink.json("community/observed/notifications.json", Rows.of(em,
                "SELECT kind, actor_id, note_id, detail, statement_id, created_at, read_at FROM cm_notification "
                + "WHERE recipient_id = ?1 ORDER BY id", id, "kind", "actorId", "noteId", "detail", "statementId",
                        "at", "readAt"));
        sink.json("community/searches.json", Rows.of(em,
                "SELECT term, created_at FROM cm_search_log WHERE account_id = ?1 ORDER BY id",
                id, "term", "at"));
        sink.json("community/observed/sessions.json", Rows.of(em,
                "SELECT kind, created_at, expires_at FROM cm_session WHERE account_id = ?1",
                id, "kind", "createdAt", "expiresAt"));
        List<Media> uploads = em.createQuery("select m from Media m where m.ownerId = :a order by m.id", Media.class)
                .setParameter("a", id).getResultList();
        sink.json("community/media.json", uploads.stream().map(m -> Map.of("id", m.getId(), "kind", m.getKind().name(),
                "contentType", m.getContentType(), "file", fileName(m))).toList());
        for (Media m : uploads) {
            String key = MediaUrls.originalKey(m);
            OptionalLong size = store.size(key);
            if (size.isPresent()) {
                try (InputStream in = store.open(key, 0, size.getAsLong())) {
                    sink.file("media/" + fileName(m), in);
                }
            }
        }
    }

    private static String fileName(Media m) {
        String key = MediaUrls.originalKey(m);
        return m.getId() + key.substring(key.lastIndexOf('.'));
    }
}
