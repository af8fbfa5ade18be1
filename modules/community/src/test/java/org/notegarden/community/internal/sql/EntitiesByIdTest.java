package org.notegarden.community.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntitiesByIdTest {
    @Entity(name = "Pebble")
    public static class Pebble {
        @Id
        long id;
        String colour;

        protected Pebble() {
        }

        Pebble(long id, String colour) {
            this.id = id;
            this.colour = colour;
        }
    }

    private static SessionFactory sessions;

    @BeforeAll
    static void boot() {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", "jdbc:h2:mem:entities-by-id;DB_CLOSE_DELAY=-1")
                .applySetting("hibernate.connection.username", "sa")
                .applySetting("hibernate.hbm2ddl.auto", "create-drop")
                .applySetting("hibernate.search.enabled", "false")
                .applySetting("hibernate.generate_statistics", "true").build();
        sessions = new MetadataSources(registry).addAnnotatedClass(Pebble.class).buildMetadata().buildSessionFactory();
        try (Session s = sessions.openSession()) {
            s.getTransaction().begin();
            for (long id = 1; id <= 30; id++) {
                s.persist(new Pebble(id, id % 2 == 0 ? "grey" : "white"));
            }
            s.getTransaction().commit();
        }
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    @Test
    void findsThoseThatExistInOneStatementAndLeavesTheRestOut() {
        try (Session s = sessions.openSession()) {
            sessions.getStatistics().clear();
            List<Pebble> found = EntitiesById.load(s, Pebble.class, List.of(3L, 4L, 4L, 99L, 30L));
            assertEquals(Set.of(3L, 4L, 30L), found.stream().map(p -> p.id).collect(Collectors.toSet()));
            assertEquals(1, sessions.getStatistics().getPrepareStatementCount(), "one statement for the page");
            assertEquals(List.of(), EntitiesById.load(s, Pebble.class, List.of()));
        }
    }

    @Test
    void givesTheInstancesThePersistenceContextAlreadyHolds() {
        try (Session s = sessions.openSession()) {
            Pebble held = s.find(Pebble.class, 7L);
            held.colour = "changed, not flushed";
            List<Pebble> found = EntitiesById.load(s, Pebble.class, List.of(7L, 8L));
            assertSame(held, found.stream().filter(p -> p.id == 7L).findFirst().orElseThrow());
        }
    }
}
