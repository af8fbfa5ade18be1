package org.notegarden.community.internal.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds likes and collects of one note into one line, as people expect from such apps: "Chloe
 * and 7 others liked your note". The newest of them leads; the line counts as read only when all
 * of them are. Everything else stays one line each. Folding happens within a page.
 */
final class LikeGroups {
    private LikeGroups() {
    }

    /** One line: the leading notification, everyone else who did the same (newest first), and whether all were read. */
    record Line(Notification lead, List<Long> otherActors, boolean read) {
    }

    static List<Line> fold(List<Notification> newestFirst) {
        Map<Object, List<Notification>> lines = new LinkedHashMap<>();
        for (Notification n : newestFirst) {
            boolean foldable = (n.getKind() == Notification.Kind.LIKE_NOTE || n.getKind() == Notification.Kind.COLLECT)
                    && n.getNoteId() != null && n.getActorId() != null;
            Object key = foldable ? List.of(n.getKind(), n.getNoteId()) : n.getId();
            lines.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
        }
        List<Line> out = new ArrayList<>();
        for (List<Notification> same : lines.values()) {
            Notification lead = same.get(0);
            Set<Long> others = new LinkedHashSet<>();
            same.stream().skip(1).map(Notification::getActorId).filter(a -> !a.equals(lead.getActorId())).forEach(others::add);
            out.add(new Line(lead, List.copyOf(others), same.stream().allMatch(n -> n.getReadAt() != null)));
        }
        return out;
    }
}
