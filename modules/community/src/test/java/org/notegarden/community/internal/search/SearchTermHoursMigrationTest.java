package org.notegarden.community.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.testing.MigratedH2;

/**
 * The upgrade to counted searches (V27) on a log written the old way: the last month's searches
 * become counts per term and hour, folded the new way ("matcha." is "matcha"); anonymous rows
 * go, people's histories stay, folded too. PostgreSQL runs the same file in the app's IT run.
 */
class SearchTermHoursMigrationTest {
    @Test
    void theLastMonthOfTheOldLogBecomesCountsAndOnlyHistoriesStay() throws Exception {
        Instant now = Instant.now();
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        try (MigratedH2 database = MigratedH2.with(List.of("/db/migration/community/V1__community.sql",
                "/db/migration/community/V9__generative_media.sql", "/db/migration/community/V11__search.sql"), SearchLogEntry.class);
             EntityManager em = database.emf().createEntityManager()) {
            em.getTransaction().begin();
            row(em, 1, null, "matcha.", hour.plusSeconds(1));
            row(em, 2, null, "Matcha?", hour.plusSeconds(2));
            row(em, 3, 7L, "matcha", hour.plusSeconds(3));
            row(em, 4, 7L, "matcha", hour.plusSeconds(4));
            row(em, 5, 8L, "“抹茶”", hour.plusSeconds(5));
            row(em, 6, null, "...", hour.plusSeconds(6));
            row(em, 7, 9L, "ramen", now.minus(Duration.ofDays(40)));
            em.getTransaction().commit();

            em.unwrap(Session.class).doWork(connection -> {
                try (Statement s = connection.createStatement();
                     InputStream sql = getClass().getResourceAsStream("/db/migration/community/V27__search_term_hours.sql")) {
                    s.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertEquals(List.of("matcha matcha 3", "抹茶 抹茶 1"), strings(em,
                    "SELECT term_key || ' ' || term || ' ' || searchers FROM cm_search_term_hour ORDER BY term_key"),
                    "anonymous searches each count, a person once; a month-old search is not counted");
            assertEquals(List.of("3 7 matcha", "4 7 matcha", "5 8 抹茶", "7 9 ramen"), strings(em,
                    "SELECT id || ' ' || account_id || ' ' || term_key FROM cm_search_log ORDER BY id"),
                    "only people's histories stay, folded");
            assertEquals(List.of("“抹茶”"), strings(em, "SELECT term FROM cm_search_log WHERE id = 5"), "as they typed it");
        }
    }

    private static void row(EntityManager em, long id, Long account, String term, Instant at) {
        em.createNativeQuery("INSERT INTO cm_search_log (id, account_id, term, term_key, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id).setParameter(2, account).setParameter(3, term)
                .setParameter(4, term.toLowerCase(java.util.Locale.ROOT)).setParameter(5, at).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(EntityManager em, String sql) {
        return ((List<Object>) em.createNativeQuery(sql).getResultList()).stream().map(String::valueOf).toList();
    }
}
