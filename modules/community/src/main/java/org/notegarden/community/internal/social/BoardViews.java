package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.notegarden.community.internal.account.People;

/** How boards appear in API responses, with their note counts. */
@ApplicationScoped
public class BoardViews {
    CollectService collects;
    People accounts;

    @Inject
    public BoardViews(CollectService collects, People accounts) {
        this.collects = collects;
        this.accounts = accounts;
    }

    /** For the CDI container's proxy only. */
    protected BoardViews() {
    }

    public record BoardView(long id, String name, String description, boolean isPrivate, long noteCount,
                            People.Person owner, boolean mine, Instant createdAt) {
    }

    /** Boards of one person as the viewer may see them (private ones only for the owner). */
    public List<BoardView> boardsOf(long ownerId, Long viewer) {
        List<Board> boards = collects.boardsOf(ownerId, viewer);
        Map<Long, Long> counts = collects.noteCounts(boards.stream().map(Board::getId).toList());
        People.Person owner = accounts.people(List.of(ownerId)).get(ownerId);
        return boards.stream().map(b -> new BoardView(b.getId(), b.getName(), b.getDescription(), b.isPrivate(),
                counts.getOrDefault(b.getId(), 0L), owner, viewer != null && viewer == ownerId, b.getCreatedAt())).toList();
    }

    public BoardView view(Board b, Long viewer) {
        long count = collects.noteCounts(List.of(b.getId())).getOrDefault(b.getId(), 0L);
        return new BoardView(b.getId(), b.getName(), b.getDescription(), b.isPrivate(), count,
                accounts.people(List.of(b.getOwnerId())).get(b.getOwnerId()),
                viewer != null && viewer == b.getOwnerId(), b.getCreatedAt());
    }
}
