package org.notegarden.commerce.internal.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.OptionalInt;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.notegarden.commerce.internal.catalog.CatalogTables;

class StockTakingTest {
    private static SessionFactory sessions;

    @BeforeAll
    static void open() {
        sessions = CatalogTables.open("stock-taking");
        CatalogTables.product(sessions, 1, new long[][] {{11, 3}});
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    @Test
    void takingSaysHowManyAreLeftInOneStatementAndRefusesWhatIsNotThere() {
        try (Session s = sessions.openSession()) {
            Stock stock = new Stock();
            stock.em = s;
            s.getTransaction().begin();
            sessions.getStatistics().clear();
            assertEquals(OptionalInt.of(1), stock.take(11, 2));
            assertEquals(1, sessions.getStatistics().getPrepareStatementCount(), "taken and counted in one statement");
            assertEquals(OptionalInt.empty(), stock.take(11, 2), "two asked, one left: refused");
            assertEquals(OptionalInt.of(0), stock.take(11, 1), "the last unit");
            assertEquals(OptionalInt.empty(), stock.take(11, 1));
            s.getTransaction().commit();
            assertEquals(0, ((Number) s.createNativeQuery("SELECT stock FROM co_sku WHERE id = 11", Integer.class).getSingleResult()).intValue());
            assertEquals(2L, ((Number) s.createNativeQuery("SELECT version FROM co_sku WHERE id = 11", Long.class).getSingleResult()).longValue(),
                    "each taking bumps the version, so a checkout holding the old one notices");
        }
    }

    @Test
    void theTwoDatabasesGetTheirOwnStatementAndAnyOtherTheUpdateAndRead() {
        assertEquals("SELECT stock FROM FINAL TABLE (UPDATE co_sku SET stock = stock - ?1, version = version + 1 WHERE id = ?2 AND stock >= ?3)",
                StockTaking.forDatabase("H2").sql());
        assertEquals("UPDATE co_sku SET stock = stock - ?1, version = version + 1 WHERE id = ?2 AND stock >= ?3 RETURNING stock",
                StockTaking.forDatabase("PostgreSQL").sql());
        assertNull(StockTaking.forDatabase("MySQL").sql());
    }
}
