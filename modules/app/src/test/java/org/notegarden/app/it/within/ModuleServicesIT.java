package org.notegarden.app.it.within;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.notegarden.app.it.Deployments;
import org.notegarden.app.it.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.notegarden.community.api.AccountDirectory;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.account.AccountService;
import org.notegarden.community.internal.note.Note;
import org.notegarden.community.internal.note.NoteRules;
import org.notegarden.community.internal.note.NoteService;
import org.notegarden.community.internal.tally.InsightBuffer;
import org.notegarden.community.internal.tally.InsightKind;
import org.notegarden.community.internal.tally.InsightWriter;
import org.notegarden.compliance.api.AuditLog;
import org.notegarden.compliance.api.AuditVerification;
import org.notegarden.i18n.api.Messages;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.ReadTogether;
import org.notegarden.platform.api.Role;

/**
 * Each module's services inside the running server, with real transactions and the real database.
 * In a package of its own that sorts last ({@code runOrder} is alphabetical): its own test WAR
 * means a Payara Micro of its own, so the run's kept server is replaced once, at the end, instead
 * of once more for the classes after it.
 */
@ExtendWith(ArquillianExtension.class)
class ModuleServicesIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.war().addClass(TestImages.class);
    }

    @Inject
    AuditLog audit;
    @Inject
    Messages messages;
    @Inject
    AccountService accounts;
    @Inject
    AccountDirectory directory;
    @Inject
    NoteService notes;
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    @Inject
    UserTransaction tx;
    @Resource
    ManagedExecutorService executor;
    @Resource(lookup = "java:app/jdbc/notegarden")
    javax.sql.DataSource dataSource;
    @Inject
    InsightWriter insightWriter;

    @Test
    void complianceAuditChainDetectsTampering() throws Exception {
        tx.begin();
        audit.record(1L, "test.first", "thing:1", "first");
        audit.record(1L, "test.second", "thing:2", "second");
        tx.commit();
        assertTrue(audit.verify().intact());

        Number last = (Number) em.createNativeQuery("SELECT MAX(seq) FROM cp_audit_entry").getSingleResult();
        if (onPostgreSql()) {
            // PostgreSQL refuses the edit outright (append-only trigger); ComplianceRecordsIT shows
            // that the chain still finds it when the table's owner switches the trigger off.
            tx.begin();
            try {
                assertThrows(Exception.class, () -> em.createNativeQuery("UPDATE cp_audit_entry SET detail = 'forged' WHERE seq = ?1")
                        .setParameter(1, last).executeUpdate());
            } finally {
                tx.rollback();
            }
            assertTrue(audit.verify().intact());
            return;
        }
        tx.begin();
        em.createNativeQuery("UPDATE cp_audit_entry SET detail = 'forged' WHERE seq = ?1").setParameter(1, last).executeUpdate();
        tx.commit();
        try {
            AuditVerification broken = audit.verify();
            assertFalse(broken.intact());
            assertEquals(last.longValue(), broken.firstBrokenSeq());
        } finally {
            tx.begin();
            em.createNativeQuery("UPDATE cp_audit_entry SET detail = 'second' WHERE seq = ?1").setParameter(1, last).executeUpdate();
            tx.commit();
        }
        assertTrue(audit.verify().intact());
    }

    @Test
    void complianceAuditNeedsTheCallersTransaction() {
        assertThrows(Exception.class, () -> audit.record(null, "test.orphan", "x", "outside any transaction"));
    }

    @Test
    void i18nServesBothLanguagesFromTheModuleBundles() {
        assertEquals("Log in", messages.get(Locale.ENGLISH, "nav.login"));
        assertEquals("登录", messages.get(messages.negotiate("zh-CN"), "nav.login"));
        assertEquals(messages.bundle(Locale.ENGLISH).keySet(), messages.bundle(Locale.SIMPLIFIED_CHINESE).keySet());
    }

    @Test
    void communityRolesChangesAreAudited() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Account admin = accounts.register("admin" + suffix + "@example.org", "long password", "adm" + suffix, "Admin");
        Account user = accounts.register("user" + suffix + "@example.org", "long password", "usr" + suffix, "User");
        tx.begin();
        em.find(Account.class, admin.getId()).setRoles(java.util.EnumSet.of(Role.ADMIN));
        tx.commit();
        accounts.setRoles(admin.getId(), "USR" + suffix, java.util.EnumSet.of(Role.MODERATOR));
        assertTrue(accounts.findByHandle("usr" + suffix).orElseThrow().getRoles().contains(Role.MODERATOR));
        String lastAction = (String) em.createNativeQuery("SELECT action FROM cp_audit_entry ORDER BY seq DESC")
                .setMaxResults(1).getSingleResult();
        assertEquals("account.roles.changed", lastAction);
        assertTrue(audit.verify().intact());
        assertEquals("usr" + suffix, directory.byId(user.getId()).orElseThrow().handle());
    }

    @Test
    void communityNotesAreValidatedAndRolledBackAsAWhole() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Account author = accounts.register("n" + suffix + "@example.org", "long password", "note" + suffix, "Author");
        long before = count(author.getId());
        ProblemException e = assertThrows(ProblemException.class, () -> notes.create(author.getId(),
                new NoteRules.Input("", "x".repeat(2001), List.of(424242L), List.of("bad topic!"), null), true));
        assertEquals(422, e.status());
        assertEquals(List.of("title", "body", "mediaIds[0]", "topics[0]"),
                e.errors().stream().map(er -> er.field()).toList());
        assertEquals(before, count(author.getId()), "nothing half-written");

        Note draft = notes.create(author.getId(), new NoteRules.Input("Draft only", "#草稿 note", List.of(), List.of(), null), false);
        assertEquals(Note.State.DRAFT, draft.getState());
        assertEquals(java.util.Set.of("草稿"), draft.getTopics());
    }

    @Inject
    org.notegarden.commerce.internal.shop.ShopService shops;
    @Inject
    org.notegarden.commerce.internal.catalog.CatalogService catalog;
    @Inject
    org.notegarden.commerce.internal.order.CheckoutService checkout;
    @Inject
    org.notegarden.commerce.internal.order.ReservationSweeper sweeper;

    @Test
    void commerceUnpaidReservationsExpireAndReturnTheirStock() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Account seller = accounts.register("s" + suffix + "@example.org", "long password", "sel" + suffix, "Seller");
        Account buyer = accounts.register("b" + suffix + "@example.org", "long password", "buy" + suffix, "Buyer");
        var shop = shops.apply(seller.getId(), org.notegarden.commerce.internal.shop.ShopRules.check("Expiry Tea", "", null, "CNY",
                "Expiry Tea Ltd", "1 Road", "t@example.org", "", "REG-1", true));
        shops.decide(seller.getId() + 1000, shop.getId(), true, null);
        assertTrue(accounts.findByHandle("sel" + suffix).orElseThrow().getRoles().contains(Role.MERCHANT),
                "approval granted MERCHANT through the platform event");
        var product = catalog.create(seller.getId(), new org.notegarden.commerce.internal.catalog.CatalogRules.ProductInput(
                "Tea", null, null, null, "food", List.of(), List.of(new org.notegarden.commerce.internal.catalog.CatalogRules.SkuInput(
                        "T", java.util.Map.of(), 1000L, 4)), "ACTIVE"));
        long skuId = product.getSkus().get(0).getId();
        var placed = checkout.place(buyer.getId(), org.notegarden.commerce.internal.order.CheckoutRules.check(
                new org.notegarden.commerce.internal.order.CheckoutRules.Input("expiry-" + suffix,
                        new org.notegarden.commerce.internal.order.CheckoutRules.ShipTo("B", "1", "Road 1", "Shanghai", "", "", "CN"),
                        List.of(new org.notegarden.commerce.internal.order.CheckoutRules.Item(skuId, 3, null)), null,
                        "sandbox-card", null)));
        assertEquals(1, stockOf(skuId), "3 of 4 reserved while unpaid");

        tx.begin();
        em.createNativeQuery("UPDATE co_order SET expires_at = ?1 WHERE id = ?2")
                .setParameter(1, java.time.Instant.now().minusSeconds(60)).setParameter(2, placed.order().getId()).executeUpdate();
        tx.commit();
        assertTrue(sweeper.expireUnpaid() >= 1);
        assertEquals(4, stockOf(skuId), "the reservation expired and gave its stock back");
        String state = (String) em.createNativeQuery("SELECT state FROM co_order WHERE id = ?1")
                .setParameter(1, placed.order().getId()).getSingleResult();
        assertEquals("CANCELLED", state);
    }

    private int stockOf(long skuId) {
        return ((Number) em.createNativeQuery("SELECT stock FROM co_sku WHERE id = ?1").setParameter(1, skuId)
                .getSingleResult()).intValue();
    }

    private long count(long authorId) {
        return em.createQuery("select count(n) from Note n where n.authorId = :a", Long.class)
                .setParameter("a", authorId).getSingleResult();
    }

    /**
     * Inside the server a read made inside a transaction never waits for, nor joins, other
     * requests' reads (it may see its own uncommitted writes), while one outside waits for the
     * lane: the transaction registry {@link ReadTogether} asks must be found in Payara, or every
     * read would be shared. The one lane is held by a first read until the test lets it go.
     */
    @Test
    void platformReadsInsideATransactionAreNeverShared() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        List<Set<Long>> reads = new CopyOnWriteArrayList<>();
        ReadTogether<Long, Long> together = new ReadTogether<>(1, 100, keys -> {
            reads.add(keys);
            if (keys.contains(1L)) {
                firstStarted.countDown();
                try {
                    // bounded, so that a wrongly shared read below cannot hang the run: it shows in the order instead
                    firstMayEnd.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return keys.stream().collect(Collectors.toMap(k -> k, k -> k * 10));
        });
        try {
            Future<Map<Long, Long>> first = executor.submit(() -> together.getAll(List.of(1L)));
            assertTrue(firstStarted.await(1, TimeUnit.MINUTES));
            Future<Map<Long, Long>> outside = executor.submit(() -> together.getAll(List.of(3L)));
            for (int i = 0; i < 60_000 && together.waiting() == 0; i++) {
                Thread.sleep(1); // until the read outside a transaction waits for the lane; nothing below depends on how long
            }
            assertEquals(1, together.waiting(), "outside a transaction a read waits for the busy lane");
            tx.begin();
            try {
                assertEquals(Map.of(2L, 20L), together.getAll(List.of(2L)));
            } finally {
                tx.commit();
            }
            assertEquals(List.of(Set.of(1L), Set.of(2L)), reads, "inside a transaction the read went alone, at once");
            firstMayEnd.countDown();
            assertEquals(Map.of(1L, 10L), first.get(1, TimeUnit.MINUTES));
            assertEquals(Map.of(3L, 30L), outside.get(1, TimeUnit.MINUTES));
            assertEquals(List.of(Set.of(1L), Set.of(2L), Set.of(3L)), reads);
        } finally {
            firstMayEnd.countDown();
        }
    }

    /**
     * On PostgreSQL a flush of insights looks each key up through the primary keys. Left to its
     * estimates PostgreSQL read the statistics table and the notes whole into hash tables for
     * every flush of thousands of keys (app README, "A note drawn at random", 2026-12-07, night).
     * The scene — 20,000 published notes, 200,000 statistics rows of days past, a flush of 10,000
     * keys — is written and measured in one transaction that is rolled back, and the scans counted
     * by the transaction's own statistics ({@code pg_stat_xact_user_tables}).
     */
    @Test
    void onPostgreSqlAnInsightsFlushLooksItsKeysUpInsteadOfReadingWholeTables() throws Exception {
        if (!onPostgreSql()) {
            return; // the join strategy is PostgreSQL's (H2 joins by look-ups); an assumption inside the server reports as an error
        }
        long first = 9_000_000_000L;
        tx.begin();
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            long author = accounts.register("flush" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                    "correct horse 1", "flush" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), "Flush").getId();
            Note note = notes.create(author, new NoteRules.Input("a note to copy", "copied twenty thousand times", List.of(), List.of(), null),
                    false);
            em.flush();
            s.executeUpdate("INSERT INTO cm_note SELECT (jsonb_populate_record(n, jsonb_build_object('id', " + first + " + g, 'state', 'PUBLISHED'))).* "
                    + "FROM cm_note n, generate_series(1, 20000) g WHERE n.id = " + note.getId());
            s.executeUpdate("INSERT INTO cm_note_stat SELECT " + first + " + g, DATE '2026-01-01' + d, 0, 'READ', '', '', '', 1, 0 "
                    + "FROM generate_series(1, 20000) g, generate_series(0, 9) d");
            s.execute("ANALYZE cm_note, cm_note_stat"); // the planner sees the scene (its own inserts count as live)
            long[] before = scans(s);
            Map<InsightBuffer.Key, InsightBuffer.Sum> sums = new java.util.HashMap<>();
            int hour = (int) (System.currentTimeMillis() / 3_600_000L);
            for (int i = 1; i <= 10_000; i++) {
                InsightBuffer.Sum sum = new InsightBuffer.Sum();
                sum.add(1, 0);
                sums.put(new InsightBuffer.Key(first + i * 2L, 0, hour, InsightKind.READ, "", "", ""), sum);
            }
            assertEquals(10_000, insightWriter.write(sums), "every key is a published note's");
            long[] after = scans(s);
            assertEquals(0, after[0] - before[0], "the flush read cm_note_stat whole " + (after[0] - before[0]) + " times");
            assertEquals(0, after[1] - before[1], "the flush read cm_note whole " + (after[1] - before[1]) + " times");
        } finally {
            tx.rollback();
        }
    }

    /** Whether the server this test runs in uses PostgreSQL (its database URL, as the operators set it). */
    private static boolean onPostgreSql() {
        return String.valueOf(System.getenv("NOTEGARDEN_DB_URL")).startsWith("jdbc:postgresql:");
    }

    /** Whole-table reads of the statistics and of the notes in this transaction so far. */
    private static long[] scans(java.sql.Statement s) throws java.sql.SQLException {
        // By the tables the app's statements name (its search path): other ITs leave schemas with tables of the same names.
        try (java.sql.ResultSet rs = s.executeQuery("SELECT (SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relid = 'cm_note_stat'::regclass), "
                + "(SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relid = 'cm_note'::regclass)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }
}
