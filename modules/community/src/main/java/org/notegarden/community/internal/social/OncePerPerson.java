package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks a person sets at most once on a target (a like on a note or comment, a collect): the
 * row and the target's counter change together, and saying it twice changes nothing.
 *
 * <p>The target's row is locked first ({@code SELECT … FOR UPDATE}), so two requests of the
 * same person for the same target run one after the other: the second sees the first's row and
 * does nothing, where a check-then-insert would let both insert and end the second in a
 * duplicate-key error. The lock is the one the counter update takes anyway, so a popular note
 * waits no longer than before.
 */
@ApplicationScoped
class OncePerPerson {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Counters counters;

    @Inject
    OncePerPerson(Counters counters) {
        this.counters = counters;
    }

    /** For the CDI container's proxy only. */
    protected OncePerPerson() {
    }

    /** Where a mark is stored and counted. {@code placeColumn} is where it is kept (a board), or null. */
    record Kind(String table, String targetColumn, String counterTable, String counterColumn, String placeColumn) {
    }

    static final Kind NOTE_LIKE = new Kind("cm_note_like", "note_id", "cm_note", "like_count", null);
    static final Kind COMMENT_LIKE = new Kind("cm_comment_like", "comment_id", "cm_comment", "like_count", null);
    static final Kind COLLECT = new Kind("cm_collect", "note_id", "cm_note", "collect_count", "board_id");

    /** {@code added} or {@code removed}: whether this call changed anything; {@code count}: the counter now. */
    record Outcome(boolean changed, int count) {
    }

    /**
     * Sets the mark. With a {@code placeColumn}, an existing mark moves to {@code place} (a
     * collect onto another board) without counting twice.
     */
    Outcome set(Kind kind, long targetId, long accountId, Instant at, Long place) {
        int count = lockCounter(kind, targetId);
        if (kind.placeColumn() != null) {
            int moved = em.createNativeQuery("UPDATE " + kind.table() + " SET " + kind.placeColumn() + " = ?3 WHERE "
                            + kind.targetColumn() + " = ?1 AND account_id = ?2")
                    .setParameter(1, targetId).setParameter(2, accountId).setParameter(3, place).executeUpdate();
            if (moved > 0) {
                return new Outcome(false, count);
            }
            em.createNativeQuery("INSERT INTO " + kind.table() + " (" + kind.targetColumn() + ", account_id, created_at, "
                            + kind.placeColumn() + ") VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, targetId).setParameter(2, accountId).setParameter(3, at).setParameter(4, place)
                    .executeUpdate();
        } else {
            if (exists(kind, targetId, accountId)) {
                return new Outcome(false, count);
            }
            em.createNativeQuery("INSERT INTO " + kind.table() + " (" + kind.targetColumn()
                            + ", account_id, created_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, targetId).setParameter(2, accountId).setParameter(3, at).executeUpdate();
        }
        counters.add(kind.counterTable(), kind.counterColumn(), targetId, 1);
        return new Outcome(true, count + 1);
    }

    /** Takes the mark back; nothing happens when there is none. */
    Outcome clear(Kind kind, long targetId, long accountId) {
        int count = lockCounter(kind, targetId);
        int removed = em.createNativeQuery("DELETE FROM " + kind.table() + " WHERE " + kind.targetColumn()
                        + " = ?1 AND account_id = ?2")
                .setParameter(1, targetId).setParameter(2, accountId).executeUpdate();
        if (removed == 0) {
            return new Outcome(false, count);
        }
        counters.add(kind.counterTable(), kind.counterColumn(), targetId, -1);
        return new Outcome(true, count - 1);
    }

    /**
     * Which of these targets the person has marked (one query for a whole page), each with where
     * it is kept: the board of a collect, 0 for none or for kinds without a place.
     */
    Map<Long, Long> markedAmong(Kind kind, long accountId, Collection<Long> targetIds) {
        Map<Long, Long> out = new HashMap<>();
        if (targetIds.isEmpty()) {
            return out;
        }
        String place = kind.placeColumn() == null ? "NULL" : kind.placeColumn();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + kind.targetColumn() + ", " + place + " FROM " + kind.table()
                        + " WHERE account_id = ?1 AND " + kind.targetColumn() + " IN (?2)")
                .setParameter(1, accountId).setParameter(2, targetIds).getResultList();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), r[1] == null ? 0L : ((Number) r[1]).longValue()));
        return out;
    }

    private int lockCounter(Kind kind, long targetId) {
        // table and column names are the constants above, never user input
        List<?> rows = em.createNativeQuery("SELECT " + kind.counterColumn() + " FROM " + kind.counterTable()
                + " WHERE id = ?1 FOR UPDATE").setParameter(1, targetId).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    private boolean exists(Kind kind, long targetId, long accountId) {
        return !em.createNativeQuery("SELECT 1 FROM " + kind.table() + " WHERE " + kind.targetColumn()
                        + " = ?1 AND account_id = ?2")
                .setParameter(1, targetId).setParameter(2, accountId).getResultList().isEmpty();
    }
}
