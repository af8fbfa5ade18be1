package org.notegarden.community.internal.relation;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.notegarden.community.internal.sql.SqlTimes;
import org.notegarden.platform.api.Cursor;

/**
 * One page of a relation between accounts (follows, follow requests, blocks), newest first;
 * the cursor is (time, account id). The table and column names are this package's constants,
 * never user input.
 */
final class RelationPages {
    private RelationPages() {
    }

    static List<Cursor> page(EntityManager em, String table, String listed, String owner, long accountId, Cursor after, int limit) {
        String sql = "SELECT " + listed + ", created_at FROM " + table + " WHERE " + owner + " = ?1"
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
