package org.notegarden.community.internal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.notegarden.community.internal.account.AccountRepository;
import org.notegarden.community.internal.account.PersonChanged;
import org.notegarden.community.internal.media.Media;
import org.notegarden.community.internal.media.MediaStore;
import org.notegarden.community.internal.media.MediaUrls;
import org.notegarden.community.internal.search.SearchHistory;
import org.notegarden.community.internal.search.SearchIndexing;
import org.notegarden.compliance.api.AccountErased;

/**
 * Erases what community holds about a person, in the erasing transaction: their notes and
 * comments are emptied and deleted, likes, collections, follows, notifications, sessions and
 * uploads go, and the account row stays only as an anonymous tombstone (so orders kept under
 * legal hold still point at a buyer id, and ids are never reused).
 */
@ApplicationScoped
public class CommunityErasure {
    private static final Logger LOG = Logger.getLogger(CommunityErasure.class.getName());

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    @jakarta.inject.Inject
    SearchIndexing searchIndexing;
    @jakarta.inject.Inject
    SearchHistory searchHistory;
    MediaStore store;
    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<PersonChanged> personChanged;

    AccountRepository accountRepository;

    @Inject
    public CommunityErasure(MediaStore store, AccountRepository accountRepository) {
        this.accountRepository = accountRepository;
        this.store = store;
    }

    /** For the CDI container's proxy only. */
    protected CommunityErasure() {
    }

    void erase(@Observes AccountErased e) {
        long id = e.accountId();
        run("UPDATE cm_note SET state = 'DELETED', title = '', body = '', location_name = NULL, ip_location = NULL WHERE author_id = ?1", id);
        // Rows removed by SQL are unseen by automatic indexing: take them out of the index by hand.
        searchIndexing.forget(id, em.createQuery("select n.id from Note n where n.authorId = :a", Long.class)
                .setParameter("a", id).getResultList());
        searchHistory.forgetWaiting(id);
        run("DELETE FROM cm_search_log WHERE account_id = ?1", id);
        run("DELETE FROM cm_note_topic WHERE note_id IN (SELECT id FROM cm_note WHERE author_id = ?1)", id);
        run("DELETE FROM cm_note_mention WHERE note_id IN (SELECT id FROM cm_note WHERE author_id = ?1)", id);
        run("DELETE FROM cm_note_mention WHERE account_id = ?1", id);
        // Other people's notes and comments stop counting what this person marked on them, by the
        // same "n = n - 1" steps unliking takes (a recount could overwrite a like committed meanwhile).
        run("UPDATE cm_note SET comment_count = comment_count - (SELECT COUNT(*) FROM cm_comment c WHERE c.note_id = cm_note.id "
                + "AND c.author_id = ?1 AND c.deleted = FALSE AND c.moderation = 'NONE') WHERE id IN (SELECT note_id FROM cm_comment "
                + "WHERE author_id = ?1 AND deleted = FALSE AND moderation = 'NONE')", id);
        run("UPDATE cm_comment SET reply_count = reply_count - (SELECT COUNT(*) FROM cm_comment r WHERE r.parent_id = cm_comment.id "
                + "AND r.author_id = ?1 AND r.deleted = FALSE AND r.moderation = 'NONE') WHERE id IN (SELECT parent_id FROM cm_comment "
                + "WHERE author_id = ?1 AND parent_id IS NOT NULL AND deleted = FALSE AND moderation = 'NONE')", id);
        run("UPDATE cm_comment SET deleted = TRUE, body = '', ip_location = NULL WHERE author_id = ?1", id);
        run("UPDATE cm_note SET like_count = like_count - 1 WHERE id IN (SELECT note_id FROM cm_note_like WHERE account_id = ?1)", id);
        run("DELETE FROM cm_note_like WHERE account_id = ?1", id);
        run("UPDATE cm_comment SET like_count = like_count - 1 WHERE id IN (SELECT comment_id FROM cm_comment_like WHERE account_id = ?1)", id);
        run("DELETE FROM cm_comment_like WHERE account_id = ?1", id);
        run("UPDATE cm_note SET collect_count = collect_count - 1 WHERE id IN (SELECT note_id FROM cm_collect WHERE account_id = ?1)", id);
        run("DELETE FROM cm_collect WHERE account_id = ?1", id);
        run("DELETE FROM cm_board WHERE owner_id = ?1", id);
        run("DELETE FROM cm_follow WHERE follower_id = ?1 OR followee_id = ?1", id);
        run("DELETE FROM cm_notification WHERE recipient_id = ?1 OR actor_id = ?1", id);
        run("DELETE FROM cm_session WHERE account_id = ?1", id);
        run("DELETE FROM cm_assist_suggestion WHERE account_id = ?1", id);
        List<Media> uploads = em.createQuery("select m from Media m where m.ownerId = :a",
                Media.class).setParameter("a", id).getResultList();
        for (Media m : uploads) {
            try {
                for (String key : MediaUrls.storedKeys(m)) {
                    store.delete(key);
                }
            } catch (IOException io) {
                // The row goes regardless; an orphaned file is found by the store's own cleanup, not served.
                LOG.log(Level.WARNING, "could not delete media file " + m.getStorageKey(), io);
            }
        }
        run("DELETE FROM cm_note_media WHERE media_id IN (SELECT id FROM cm_media WHERE owner_id = ?1)", id);
        run("UPDATE cm_account SET avatar_media_id = NULL WHERE id = ?1", id);
        run("DELETE FROM cm_media WHERE owner_id = ?1", id);
        accountRepository.byId(id).ifPresent(a -> {
            em.refresh(a);
            a.anonymise();
        });
        personChanged.fire(new PersonChanged(id));
    }

    private void run(String sql, long id) {
        em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
    }
}
