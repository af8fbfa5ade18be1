package org.notegarden.community.internal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.notegarden.platform.api.Cursor;

/**
 * Writes notifications in the transaction of the action that causes them, so a like that
 * rolls back leaves no notification behind. Nobody is notified of their own actions.
 */
@ApplicationScoped
public class Notifier {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;

    @Inject
    public Notifier(Clock clock) {
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected Notifier() {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(long recipientId, Notification.Kind kind, long actorId, Long noteId, Long commentId) {
        if (recipientId == actorId || blockedBy(recipientId, actorId)) {
            return; // nobody hears from someone they blocked: no likes, follows, comments or mentions
        }
        em.persist(new Notification(recipientId, kind, actorId, noteId, commentId, clock.instant()));
    }

    private boolean blockedBy(long recipientId, long actorId) {
        return !em.createNativeQuery("SELECT 1 FROM cm_block WHERE blocker_id = ?1 AND blocked_id = ?2")
                .setParameter(1, recipientId).setParameter(2, actorId).getResultList().isEmpty();
    }

    /** A message from the platform about {@code subject} ("ORDER:12"), in the transaction that caused it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notifyPlatform(long recipientId, Notification.Kind kind, String subject, String detail) {
        em.persist(Notification.moderation(recipientId, kind, subject, null, null, detail, null, clock.instant()));
    }

    /** A moderation message from the platform (no actor), in the deciding transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notifyModeration(long recipientId, Notification.Kind kind, String subject, Long noteId, Long commentId,
                                 String detail, Long statementId) {
        em.persist(Notification.moderation(recipientId, kind, subject, noteId, commentId, detail, statementId, clock.instant()));
    }

    public long unreadCount(long recipientId) {
        return em.createQuery("select count(n) from Notification n where n.recipientId = :r and n.readAt is null", Long.class)
                .setParameter("r", recipientId).getSingleResult();
    }

    /** Newest first, of one tab or all ({@code group} null); the cursor's id alone orders them (ids grow with time). */
    public List<Notification> page(long recipientId, Notification.Group group, Cursor after, int limit) {
        var query = em.createQuery("select n from Notification n where n.recipientId = :r and n.id < :after"
                        + (group == null ? "" : " and n.kind in :kinds") + " order by n.id desc", Notification.class)
                .setParameter("r", recipientId)
                .setParameter("after", after == null ? Long.MAX_VALUE : after.id())
                .setMaxResults(limit + 1);
        if (group != null) {
            query.setParameter("kinds", group.kinds());
        }
        return query.getResultList();
    }

    /** Marks the given notifications (or all, when {@code ids} is null) read; only the recipient's own. */
    @Transactional
    public int markRead(long recipientId, List<Long> ids) {
        String where = ids == null ? "" : " and n.id in :ids";
        var q = em.createQuery("update Notification n set n.readAt = :now where n.recipientId = :r and n.readAt is null" + where)
                .setParameter("now", clock.instant()).setParameter("r", recipientId);
        if (ids != null) {
            if (ids.isEmpty()) {
                return 0;
            }
            q.setParameter("ids", ids);
        }
        return q.executeUpdate();
    }
}
