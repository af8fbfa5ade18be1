package org.notegarden.community.internal.privacy;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Native rows as name → value maps for an export; dates become ISO text so every reader can parse them. */
final class Rows {
    private Rows() {
    }

    static List<Map<String, Object>> of(EntityManager em, String sql, long accountId, String... names) {
        List<?> raw = em.createNativeQuery(sql).setParameter(1, accountId).getResultList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object r : raw) {
            Object[] cells = r instanceof Object[] a ? a : new Object[] {r};
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < names.length && i < cells.length; i++) {
                row.put(names[i], plain(cells[i]));
            }
            out.add(row);
        }
        return out;
    }

    private static Object plain(Object v) {
        if (v instanceof java.sql.Timestamp ts) {
            return ts.toInstant().toString();
        }
        if (v instanceof java.time.temporal.TemporalAccessor || v instanceof java.sql.Date) {
            return v.toString();
        }
        return v;
    }
}
