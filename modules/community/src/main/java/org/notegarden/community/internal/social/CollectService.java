package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.note.Note;
import org.notegarden.community.internal.note.NoteService;
import org.notegarden.community.internal.notification.Notification;
import org.notegarden.community.internal.notification.Notifier;
import org.notegarden.community.internal.search.SearchIndexing;
import org.notegarden.community.internal.tally.InsightKind;
import org.notegarden.community.internal.tally.Insights;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.TextLength;

/**
 * Collecting notes and the boards they are kept on. A person collects a note once; choosing
 * another board moves it, and the note's collect count counts people, not boards.
 */
@ApplicationScoped
public class CollectService {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    SearchIndexing searchIndexing;
    Clock clock;
    NoteService notes;
    Notifier notifier;
    Insights insights;

    @Inject
    public CollectService(SearchIndexing searchIndexing, Clock clock, NoteService notes, Notifier notifier, Insights insights) {
        this.searchIndexing = searchIndexing;
        this.clock = clock;
        this.notes = notes;
        this.notifier = notifier;
        this.insights = insights;
    }

    /** For the CDI container's proxy only. */
    protected CollectService() {
    }

    /** Whether the caller now keeps the note, on which board (null: none), and how many people do. */
    public record CollectState(boolean collected, Long boardId, int collectCount) {
    }

    @Transactional
    public CollectState collect(long accountId, long noteId, Long boardId) {
        Note note = notes.requireVisible(noteId, accountId);
        if (boardId != null) {
            Board board = requireBoard(boardId, accountId);
            if (board.getOwnerId() != accountId) {
                throw Problems.forbidden(CommunityMessages.YOU_CAN_ONLY_COLLECT_INTO_YOUR_OWN_BOARDS);
            }
        }
        OncePerPerson.Outcome o = OncePerPerson.set(em, OncePerPerson.COLLECT, noteId, accountId, clock.instant(), boardId);
        if (o.changed()) {
            searchIndexing.countersChanged(note);
            notifier.notify(note.getAuthorId(), Notification.Kind.COLLECT, accountId, noteId, null);
            insights.onNote(InsightKind.COLLECT, noteId);
        }
        return new CollectState(true, boardId, o.count());
    }

    @Transactional
    public CollectState uncollect(long accountId, long noteId) {
        Note note = notes.requireVisible(noteId, accountId);
        OncePerPerson.Outcome o = OncePerPerson.clear(em, OncePerPerson.COLLECT, noteId, accountId);
        if (o.changed()) {
            searchIndexing.countersChanged(note);
        }
        return new CollectState(false, null, o.count());
    }

    /** For a page of notes: which the viewer collected, and onto which board (0 = none). */
    public Map<Long, Long> collectedAmong(long accountId, Collection<Long> noteIds) {
        Map<Long, Long> out = new HashMap<>();
        if (noteIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT note_id, board_id FROM cm_collect WHERE account_id = ?1 AND note_id IN (?2)")
                .setParameter(1, accountId).setParameter(2, noteIds).getResultList();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), r[1] == null ? 0L : ((Number) r[1]).longValue()));
        return out;
    }

    @Transactional
    public Board createBoard(long ownerId, String name, String description, boolean isPrivate) {
        Board board = new Board(ownerId, checkName(name), checkDescription(description), isPrivate, clock.instant());
        em.persist(board);
        return board;
    }

    @Transactional
    public Board updateBoard(long ownerId, long boardId, String name, String description, Boolean isPrivate) {
        Board board = requireOwnBoard(ownerId, boardId);
        board.change(name == null ? board.getName() : checkName(name),
                description == null ? board.getDescription() : checkDescription(description),
                isPrivate == null ? board.isPrivate() : isPrivate);
        return board;
    }

    /** Deleting a board keeps the collects; the notes simply lose their board. */
    @Transactional
    public void deleteBoard(long ownerId, long boardId) {
        Board board = requireOwnBoard(ownerId, boardId);
        em.createNativeQuery("UPDATE cm_collect SET board_id = NULL WHERE board_id = ?1").setParameter(1,
                boardId).executeUpdate();
        em.remove(board);
    }

    /** A board the viewer may see; private boards of others look missing. */
    public Board requireBoard(long boardId, Long viewerId) {
        Board board = em.find(Board.class, boardId);
        if (board == null || !board.isVisibleTo(viewerId)) {
            throw Problems.notFound("boardId", CommunityMessages.BOARD_N_DOES_NOT_EXIST, boardId);
        }
        return board;
    }

    private Board requireOwnBoard(long ownerId, long boardId) {
        Board board = requireBoard(boardId, ownerId);
        if (board.getOwnerId() != ownerId) {
            throw Problems.forbidden(CommunityMessages.ONLY_OWNER_CAN_CHANGE_BOARD);
        }
        return board;
    }

    public List<Board> boardsOf(long ownerId, Long viewerId) {
        boolean own = viewerId != null && viewerId == ownerId;
        return em.createQuery("select b from Board b where b.ownerId = :o" + (own ? "" : " and b.privateBoard = false")
                        + " order by b.id desc", Board.class)
                .setParameter("o", ownerId).setMaxResults(200).getResultList();
    }

    /** Notes on a board, most recently collected first, hiding notes that are no longer visible. */
    public List<Long> noteIdsOnBoard(long boardId, Cursor after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.note_id, c.created_at FROM cm_collect c JOIN cm_note n ON n.id = c.note_id "
                        + "WHERE c.board_id = ?1 AND n.state = 'PUBLISHED' AND c.note_id < ?2 ORDER BY c.note_id DESC")
                .setParameter(1, boardId).setParameter(2, after == null ? Long.MAX_VALUE : after.id())
                .setMaxResults(limit + 1).getResultList();
        return rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
    }

    public Map<Long, Long> noteCounts(Collection<Long> boardIds) {
        Map<Long, Long> out = new HashMap<>();
        if (boardIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT board_id, COUNT(*) FROM cm_collect WHERE board_id IN (?1) GROUP BY board_id")
                .setParameter(1, boardIds).getResultList();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return out;
    }

    private static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || TextLength.of(n) > 30) {
            throw Problems.invalid("name", CommunityMessages.MUST_BE_1_30_CHARACTERS);
        }
        return n;
    }

    private static String checkDescription(String description) {
        String d = description == null ? "" : description.strip();
        if (TextLength.of(d) > 200) {
            throw Problems.invalid("description", CommunityMessages.MUST_BE_AT_MOST_200_CHARACTERS);
        }
        return d;
    }
}
