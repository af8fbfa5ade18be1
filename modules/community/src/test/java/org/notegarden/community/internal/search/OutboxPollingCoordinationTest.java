package org.notegarden.community.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.Table;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.note.Note;
import org.hibernate.tool.schema.spi.SchemaFilter;
import org.hibernate.tool.schema.spi.SchemaFilterProvider;
import org.notegarden.platform.testing.NoJsonFormatMapper;

/**
 * The settings README gives for several app nodes (outbox-polling coordination), on the tables
 * our migration creates: Hibernate validates the migrated HSEARCH_* tables against its own
 * mapping of them, a write lands in the outbox in its transaction, and the agent takes it from
 * there into the index. On H2 in memory; {@code -Dnotegarden.test.outbox.url=jdbc:postgresql://…}
 * (with {@code .user}/{@code .password}) runs the same against a PostgreSQL server with the
 * PostgreSQL migration.
 */
class OutboxPollingCoordinationTest {
    private static final String URL = System.getProperty("notegarden.test.outbox.url", "jdbc:h2:mem:outbox;DB_CLOSE_DELAY=-1");
    private static final String USER = System.getProperty("notegarden.test.outbox.user", "sa");
    private static final String PASSWORD = System.getProperty("notegarden.test.outbox.password", "");

    @Test
    void writesGoThroughTheMigratedOutboxIntoTheIndex() throws Exception {
        String vendor = URL.startsWith("jdbc:postgresql") ? "postgresql" : "h2";
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS HSEARCH_OUTBOX_EVENT");
            s.execute("DROP TABLE IF EXISTS HSEARCH_AGENT");
            for (String sql : statements("/db/vendor/" + vendor + "/community/V14__search_outbox.sql")) {
                s.execute(sql);
            }
        }
        // The note and account tables come from Hibernate here (the module's migrations need the
        // whole schema); the outbox tables only from the migration, and are validated.
        try (SessionFactory tables = boot(Map.of("jakarta.persistence.schema-generation.database.action", "drop-and-create",
                "hibernate.hbm2ddl.schema_filter_provider", NotOutbox.class.getName(),
                "hibernate.search.coordination.event_processor.enabled", "false"))) {
            assertTrue(tables.isOpen());
        }
        try (SessionFactory sf = boot(Map.of("hibernate.hbm2ddl.auto", "validate",
                "hibernate.hbm2ddl.schema_filter_provider", OnlyOutbox.class.getName(),
                "hibernate.search.coordination.event_processor.polling_interval", "50",
                "hibernate.search.coordination.event_processor.pulse_interval", "200"))) {
            String name = "Outbox Lin " + System.nanoTime();
            try (Session session = sf.openSession()) {
                session.getTransaction().begin();
                session.persist(new Account("outbox" + (System.nanoTime() % 100000), "o@example.org", "x", name, Instant.now()));
                session.getTransaction().commit();
            }
            long found = await(() -> {
                try (Session session = sf.openSession()) {
                    return Search.session(session).search(Account.class)
                            .where(f -> f.match().field("searchProfile").matching("Outbox Lin")).fetchTotalHitCount();
                }
            }, n -> n == 1);
            assertEquals(1, found, "the agent indexed the account from the outbox");
            try (Session session = sf.openSession()) {
                List<?> agents = session.createNativeQuery("SELECT state FROM HSEARCH_AGENT", Object.class).getResultList();
                assertTrue(agents.stream().anyMatch(a -> String.valueOf(a).equals("RUNNING")), "an agent runs: " + agents);
            }
            // The agent deletes an event once its batch is indexed, a moment after the index shows it.
            int left = await(() -> {
                try (Session session = sf.openSession()) {
                    return ((Number) session.createNativeQuery("SELECT COUNT(*) FROM HSEARCH_OUTBOX_EVENT", Object.class)
                            .getSingleResult()).intValue();
                }
            }, n -> n == 0);
            assertEquals(0, left, "processed events are removed");
        }
    }

    /** The agent works in the background: read until {@code done}, at most 10 s; the last value read. */
    private static <T> T await(java.util.function.Supplier<T> read, java.util.function.Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(100); // the poll interval; the agent polls every 50 ms here
            value = read.get();
        }
        return value;
    }

    private static SessionFactory boot(Map<String, String> extra) {
        StandardServiceRegistryBuilder b = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", URL)
                .applySetting("hibernate.connection.username", USER)
                .applySetting("hibernate.connection.password", PASSWORD)
                .applySetting("hibernate.type.json_format_mapper", NoJsonFormatMapper.class.getName())
                .applySetting("hibernate.search.backend.type", "lucene")
                .applySetting("hibernate.search.backend.directory.type", "local-heap")
                .applySetting("hibernate.search.backend.analysis.configurer",
                        "class:org.notegarden.i18n.internal.search.BilingualAnalysisConfigurer")
                // What the WAR sets (hibernate.properties) for a single node, plus the README's switch.
                .applySetting("hibernate.search.indexing.plan.synchronization.strategy", "")
                .applySetting("hibernate.search.coordination.strategy", "outbox-polling");
        extra.forEach(b::applySetting);
        StandardServiceRegistry registry = b.build();
        try {
            return new MetadataSources(registry).addAnnotatedClass(Note.class).addAnnotatedClass(Account.class)
                    .buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    private static List<String> statements(String resource) throws Exception {
        try (var in = OutboxPollingCoordinationTest.class.getResourceAsStream(resource)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return java.util.Arrays.stream(sql.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        }
    }

    private static boolean outbox(Table t) {
        return t.getName().toUpperCase(java.util.Locale.ROOT).startsWith("HSEARCH_");
    }

    /** Schema tooling that sees everything but the outbox tables. */
    public static class NotOutbox implements SchemaFilterProvider, SchemaFilter {
        @Override public boolean includeNamespace(Namespace namespace) { return true; }
        @Override public boolean includeTable(Table table) { return !outbox(table); }
        @Override public boolean includeSequence(Sequence sequence) { return true; }
        @Override public SchemaFilter getCreateFilter() { return this; }
        @Override public SchemaFilter getDropFilter() { return this; }
        @Override public SchemaFilter getTruncatorFilter() { return this; }
        @Override public SchemaFilter getMigrateFilter() { return this; }
        @Override public SchemaFilter getValidateFilter() { return this; }
    }

    /** Schema tooling that sees only the outbox tables: what the migration must get right. */
    public static class OnlyOutbox extends NotOutbox {
        @Override public boolean includeTable(Table table) { return outbox(table); }
        @Override public boolean includeSequence(Sequence sequence) { return false; }
    }
}
