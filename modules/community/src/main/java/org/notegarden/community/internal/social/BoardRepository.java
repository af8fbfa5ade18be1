package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.notegarden.platform.api.Cursor;

/** Boards and what is collected on them; {@link CollectService} decides who may see and change them. */
@ApplicationScoped
class BoardRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    Optional<Board> byId(long boardId) {
        return Optional.ofNullable(em.find(Board.class, boardId));
    }

    void add(Board board) {
        em.persist(board);
    }

    /** Removes the board; its collects stay, without a board. */
    void remove(Board board) {
        em.createNativeQuery("UPDATE cm_collect SET board_id = NULL WHERE board_id = ?1").setParameter(1, board.getId())
                .executeUpdate();
        em.remove(board);
    }

    /** An owner's boards, newest first; private ones only when {@code withPrivate}. */
    List<Board> ofOwner(long ownerId, boolean withPrivate) {
        return em.createQuery("select b from Board b where b.ownerId = :o" + (withPrivate ? "" : " and b.privateBoard = false")
                        + " order by b.id desc", Board.class)
                .setParameter("o", ownerId).setMaxResults(200).getResultList();
    }

    /** Published notes on a board, most recently collected first. */
    List<Long> noteIdsOn(long boardId, Cursor after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.note_id, c.created_at FROM cm_collect c JOIN cm_note n ON n.id = c.note_id "
                        + "WHERE c.board_id = ?1 AND n.state = 'PUBLISHED' AND c.note_id < ?2 ORDER BY c.note_id DESC")
                .setParameter(1, boardId).setParameter(2, after == null ? Long.MAX_VALUE : after.id())
                .setMaxResults(limit + 1).getResultList();
        return rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
    }

    Map<Long, Long> noteCounts(Collection<Long> boardIds) {
        Map<Long, Long> out = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT board_id, COUNT(*) FROM cm_collect WHERE board_id IN (?1) GROUP BY board_id")
                .setParameter(1, boardIds).getResultList();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return out;
    }
}
