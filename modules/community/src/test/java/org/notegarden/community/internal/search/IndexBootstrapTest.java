package org.notegarden.community.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.notegarden.i18n.api.SearchAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.note.Note;
import org.notegarden.platform.api.DataDirectory;
import org.notegarden.platform.testing.NoJsonFormatMapper;

/**
 * The background rebuild of an empty index, of an index written in an older form, and a rebuild
 * cut short (the server killed half-way: here the rebuild is cancelled once some notes are
 * indexed, and the server "restarts" as a new session factory on the same database and index
 * folder).
 */
class IndexBootstrapTest {
    private static final String URL = "jdbc:h2:mem:index-bootstrap;DB_CLOSE_DELAY=-1";
    private static final int NOTES = 4_000;

    @TempDir
    Path data;
    private String dataBefore;

    /** The marker lives in the data directory: this test's own folder. */
    @BeforeEach
    void useATemporaryDataDirectory() {
        dataBefore = System.getProperty(DataDirectory.PROPERTY);
        System.setProperty(DataDirectory.PROPERTY, data.toString());
    }

    @AfterEach
    void restoreDataDirectory() throws Exception {
        if (dataBefore == null) {
            System.clearProperty(DataDirectory.PROPERTY);
        } else {
            System.setProperty(DataDirectory.PROPERTY, dataBefore);
        }
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            c.createStatement().execute("DROP ALL OBJECTS");
        }
    }

    @Test
    void aRebuildCutShortIsDoneAgainAtTheNextStart() throws Exception {
        try (SessionFactory first = start(true)) {
            storeNotes();
            IndexBootstrap bootstrap = new IndexBootstrap();
            bootstrap.emf = first;
            CompletionStage<?> rebuild = bootstrap.rebuildIfNeeded();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (indexed(first) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            rebuild.toCompletableFuture().cancel(true);
        }
        try (SessionFactory second = start(false)) {
            long left = indexed(second);
            assertTrue(left > 0 && left < NOTES, "the first rebuild should have been cut short half-way, left " + left);
            IndexBootstrap bootstrap = new IndexBootstrap();
            bootstrap.emf = second;
            bootstrap.rebuildIfNeeded().toCompletableFuture().get(120, TimeUnit.SECONDS);
            assertEquals(NOTES, indexed(second), "every note is searchable again after the next start");
        }
    }

    @Test
    void anIndexAlreadyBuiltIsLeftAlone() throws Exception {
        try (SessionFactory sf = start(true)) {
            storeNotes();
            IndexBootstrap bootstrap = new IndexBootstrap();
            bootstrap.emf = sf;
            bootstrap.rebuildIfNeeded().toCompletableFuture().get(120, TimeUnit.SECONDS);
            assertEquals(NOTES, indexed(sf));
            // The marker goes once the rebuild has completed, just after the stage does.
            Path marker = data.resolve(IndexBootstrap.UNFINISHED_MARKER);
            for (int i = 0; i < 1000 && java.nio.file.Files.exists(marker); i++) {
                Thread.sleep(5);
            }
            assertTrue(java.nio.file.Files.notExists(marker), "a finished rebuild leaves no marker");
            assertTrue(bootstrap.rebuildIfNeeded().toCompletableFuture().isDone(), "nothing to rebuild the second time");
        }
    }

    /**
     * An index written by an older version, whose documents lack the "hidden" flag and the form
     * number: the next start finds them, and until its rebuild is done searches ask only what those
     * documents answer; afterwards every note is of the current form and the flag is used.
     */
    @Test
    void anIndexOfAnOlderFormIsRebuiltBeforeSearchesRelyOnIt() throws Exception {
        try (SessionFactory older = start(true, true)) {
            storeNotes();
            Search.mapping(older).scope(Note.class).massIndexer().threadsToLoadObjects(1).startAndWait();
        }
        try (SessionFactory sf = start(false)) {
            assertEquals(NOTES, indexed(sf));
            assertEquals(0, ofTheCurrentForm(sf), "the older version's documents carry no form");
            IndexBootstrap bootstrap = new IndexBootstrap();
            bootstrap.emf = sf;
            bootstrap.schema = new IndexSchemaConfirmed();
            CompletionStage<?> rebuild = bootstrap.rebuildIfNeeded();
            boolean confirmedEarly = bootstrap.schema.confirmed();
            if (!rebuild.toCompletableFuture().isDone()) {
                assertFalse(confirmedEarly, "confirmed while the rebuild still runs");
            }
            rebuild.toCompletableFuture().get(120, TimeUnit.SECONDS);
            // Confirmed by the rebuild's completion callback, just after the stage completes.
            bootstrap.schema.whenConfirmed().toCompletableFuture().get(30, TimeUnit.SECONDS);
            assertTrue(bootstrap.schema.confirmed(), "confirmed once the rebuild is done");
            assertEquals(NOTES, ofTheCurrentForm(sf), "every note rewritten in the current form");
            assertEquals(NOTES, indexed(sf));
        }
    }

    @Test
    void anIndexOfTheCurrentFormIsConfirmedWithoutARebuild() throws Exception {
        try (SessionFactory sf = start(true)) {
            storeNotes();
            Search.mapping(sf).scope(Note.class).massIndexer().threadsToLoadObjects(1).startAndWait();
            IndexBootstrap bootstrap = new IndexBootstrap();
            bootstrap.emf = sf;
            bootstrap.schema = new IndexSchemaConfirmed();
            assertTrue(bootstrap.rebuildIfNeeded().toCompletableFuture().isDone(), "nothing to rebuild");
            assertTrue(bootstrap.schema.confirmed());
        }
    }

    private SessionFactory start(boolean createSchema) {
        return start(createSchema, false);
    }

    /** {@code olderForm}: Note mapped as an older version did, without the fields form 2 added. */
    private SessionFactory start(boolean createSchema, boolean olderForm) {
        var settings = new StandardServiceRegistryBuilder();
        if (olderForm) {
            settings.applySetting("hibernate.search.mapping.process_annotations", "false")
                    .applySetting("hibernate.search.mapping.configurer", OlderNoteForm.class.getName());
        }
        var registry = settings
                .applySetting("hibernate.connection.url", URL).applySetting("hibernate.connection.username", "sa")
                .applySetting("hibernate.connection.password", "")
                .applySetting("hibernate.hbm2ddl.auto", createSchema ? "create" : "none")
                .applySetting("hibernate.type.json_format_mapper", NoJsonFormatMapper.class.getName())
                .applySetting("hibernate.search.backend.type", "lucene")
                .applySetting("hibernate.search.backend.directory.type", "local-filesystem")
                .applySetting("hibernate.search.backend.directory.root", data.resolve("index").toString())
                .applySetting("hibernate.search.backend.analysis.configurer",
                        "class:org.notegarden.i18n.internal.search.BilingualAnalysisConfigurer")
                .applySetting("hibernate.search.indexing.listeners.enabled", "false")
                .applySetting("hibernate.search.schema_management.strategy", createSchema ? "drop-and-create" : "create-or-validate")
                .build();
        return new MetadataSources(registry).addAnnotatedClass(Note.class).addAnnotatedClass(Account.class)
                .buildMetadata().buildSessionFactory();
    }

    /** Title, state and the three flags, as Note was indexed before {@link Note#INDEX_SCHEMA} 2. */
    public static class OlderNoteForm implements HibernateOrmSearchMappingConfigurer {
        @Override
        public void configure(HibernateOrmMappingConfigurationContext context) {
            var note = context.programmaticMapping().type(Note.class);
            note.indexed().index("note");
            note.property("title").fullTextField().analyzer(SearchAnalysis.TEXT);
            note.property("state").keywordField();
            note.property("demoted").genericField();
            note.property("ageRestricted").genericField();
            note.property("authorPrivate").genericField();
        }
    }

    private static long ofTheCurrentForm(SessionFactory sf) {
        try (var em = sf.createEntityManager()) {
            return Search.session(em).search(Note.class).where(f -> f.match().field("indexSchema").matching(Note.INDEX_SCHEMA))
                    .fetchTotalHitCount();
        }
    }

    private static long indexed(SessionFactory sf) {
        try (var em = sf.createEntityManager()) {
            return Search.session(em).search(Note.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    /** Straight into the database, as a restored backup or an upgrade leaves them: not indexed. */
    private static void storeNotes() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            InMemorySearchIndex.defaultFlagsAndCounts(c);
            c.setAutoCommit(false);
            try (PreparedStatement note = c.prepareStatement("INSERT INTO cm_note (id, author_id, title, body, kind, state, "
                    + "created_at, updated_at, published_at) VALUES (?, 1, ?, ?, 'IMAGES', 'PUBLISHED', ?, ?, ?)")) {
                Timestamp at = Timestamp.from(Instant.now());
                for (int i = 0; i < NOTES; i++) {
                    note.setLong(1, 1_000 + i);
                    note.setString(2, "Matcha latte " + i + " 抹茶拿铁");
                    note.setString(3, "A note stored before the index knew it, number " + i);
                    note.setTimestamp(4, at);
                    note.setTimestamp(5, at);
                    note.setTimestamp(6, at);
                    note.addBatch();
                }
                note.executeBatch();
            }
            c.commit();
        }
    }
}
