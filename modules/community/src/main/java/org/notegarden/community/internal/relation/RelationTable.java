package org.notegarden.community.internal.relation;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.notegarden.community.internal.sql.SqlTimes;
import org.notegarden.platform.api.Cursor;

/**
 * A table that relates one account to another with a time (follows, follow requests, blocks).
 * The table and column names are this package's constants, never user input.
 *
 * @param from the column of the account that acts (follower, requester, blocker)
 * @param to the column of the account acted on (followee, target, blocked)
 */
record RelationTable(String name, String from, String to) {
    static final RelationTable FOLLOW = new RelationTable("cm_follow", "follower_id", "followee_id");
    static final RelationTable FOLLOW_REQUEST = new RelationTable("cm_follow_request", "requester_id", "target_id");
    static final RelationTable BLOCK = new RelationTable("cm_block", "blocker_id", "blocked_id");

    boolean exists(EntityManager em, long fromId, long toId) {
        return !em.createNativeQuery("SELECT 1 FROM " + name + " WHERE " + from + " = ?1 AND " + to + " = ?2")
                .setParameter(1, fromId).setParameter(2, toId).getResultList().isEmpty();
    }

    void add(EntityManager em, long fromId, long toId, Instant at) {
        em.createNativeQuery("INSERT INTO " + name + " (" + from + ", " + to + ", created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, fromId).setParameter(2, toId).setParameter(3, at).executeUpdate();
    }

    /** Whether there was such a row to remove. */
    boolean remove(EntityManager em, long fromId, long toId) {
        return em.createNativeQuery("DELETE FROM " + name + " WHERE " + from + " = ?1 AND " + to + " = ?2")
                .setParameter(1, fromId).setParameter(2, toId).executeUpdate() > 0;
    }

    /** Removes the relation in both directions. */
    void removeBetween(EntityManager em, long oneId, long otherId) {
        em.createNativeQuery("DELETE FROM " + name + " WHERE (" + from + " = ?1 AND " + to + " = ?2) OR ("
                        + from + " = ?2 AND " + to + " = ?1)")
                .setParameter(1, oneId).setParameter(2, otherId).executeUpdate();
    }

    /** Who {@code accountId} relates to, newest first; the cursor is (time, account id). */
    List<Cursor> pageFrom(EntityManager em, long accountId, Cursor after, int limit) {
        return page(em, to, from, accountId, after, limit);
    }

    /** Who relates to {@code accountId}, newest first. */
    List<Cursor> pageTo(EntityManager em, long accountId, Cursor after, int limit) {
        return page(em, from, to, accountId, after, limit);
    }

    private List<Cursor> page(EntityManager em, String listed, String owner, long accountId, Cursor after, int limit) {
        String sql = "SELECT " + listed + ", created_at FROM " + name + " WHERE " + owner + " = ?1"
                + (after == null ? "" : " AND (created_at < ?2 OR (created_at = ?2 AND " + listed + " < ?3))")
                + " ORDER BY created_at DESC, " + listed + " DESC";
        var q = em.createNativeQuery(sql).setParameter(1, accountId);
        if (after != null) {
            q.setParameter(2, after.at()).setParameter(3, after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.setMaxResults(limit + 1).getResultList();
        return rows.stream().map(r -> new Cursor(SqlTimes.instant(r[1]), ((Number) r[0]).longValue())).toList();
    }
}
