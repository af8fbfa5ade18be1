package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.note.Note;
import org.notegarden.community.internal.note.NoteService;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.TextLength;

/**
 * Collecting notes and the boards they are kept on. A person collects a note once; choosing
 * another board moves it, and the note's collect count counts people, not boards.
 */
@ApplicationScoped
public class CollectService {
    Marking marking;
    OncePerPerson marks;
    BoardRepository boards;
    Clock clock;
    NoteService notes;

    @Inject
    public CollectService(Marking marking, OncePerPerson marks, BoardRepository boards, Clock clock, NoteService notes) {
        this.marking = marking;
        this.marks = marks;
        this.boards = boards;
        this.clock = clock;
        this.notes = notes;
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
        int count = marking.set(Marking.Mark.COLLECT, Marking.Target.of(note), accountId, boardId).count();
        return new CollectState(true, boardId, count);
    }

    @Transactional
    public CollectState uncollect(long accountId, long noteId) {
        Marking.Target note = Marking.Target.of(notes.requireVisible(noteId, accountId));
        return new CollectState(false, null, marking.clear(Marking.Mark.COLLECT, note, accountId).count());
    }

    /** For a page of notes: which the viewer collected, and onto which board (0 = none). */
    public Map<Long, Long> collectedAmong(long accountId, Collection<Long> noteIds) {
        return marks.markedAmong(OncePerPerson.COLLECT, accountId, noteIds);
    }

    @Transactional
    public Board createBoard(long ownerId, String name, String description, boolean isPrivate) {
        Board board = new Board(ownerId, checkName(name), checkDescription(description), isPrivate, clock.instant());
        boards.add(board);
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
        boards.remove(board);
    }

    /** A board the viewer may see; private boards of others look missing. */
    public Board requireBoard(long boardId, Long viewerId) {
        return boards.byId(boardId).filter(b -> b.isVisibleTo(viewerId))
                .orElseThrow(() -> Problems.notFound("boardId", CommunityMessages.BOARD_N_DOES_NOT_EXIST, boardId));
    }

    private Board requireOwnBoard(long ownerId, long boardId) {
        Board board = requireBoard(boardId, ownerId);
        if (board.getOwnerId() != ownerId) {
            throw Problems.forbidden(CommunityMessages.ONLY_OWNER_CAN_CHANGE_BOARD);
        }
        return board;
    }

    public List<Board> boardsOf(long ownerId, Long viewerId) {
        return boards.ofOwner(ownerId, viewerId != null && viewerId == ownerId);
    }

    /** Notes on a board, most recently collected first, hiding notes that are no longer visible. */
    public List<Long> noteIdsOnBoard(long boardId, Cursor after, int limit) {
        return boards.noteIdsOn(boardId, after, limit);
    }

    public Map<Long, Long> noteCounts(Collection<Long> boardIds) {
        return boardIds.isEmpty() ? Map.of() : boards.noteCounts(boardIds);
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
