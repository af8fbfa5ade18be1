package org.notegarden.community.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        /** Notes carry eager element collections (pictures, topics): they must come in one batch, not one query per entity. */
        @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
        @jakarta.persistence.CollectionTable(name = "pebble_tag")
        java.util.Set<String> tags = new java.util.HashSet<>(Set.of("round", "smooth"));

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
                .applySetting("hibernate.default_batch_fetch_size", "50") // as persistence.xml sets it
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
            assertEquals(Set.of("round", "smooth"), found.get(0).tags);
            assertTrue(sessions.getStatistics().getPrepareStatementCount() <= 2, "the page and its tags in at most two statements");
            sessions.getStatistics().clear();
            List<Long> twenty = java.util.stream.LongStream.rangeClosed(10, 29).boxed().toList();
            assertEquals(20, EntitiesById.load(s, Pebble.class, twenty).size());
            assertTrue(sessions.getStatistics().getPrepareStatementCount() <= 2, "twenty cards: still at most two statements, not one per card");
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
