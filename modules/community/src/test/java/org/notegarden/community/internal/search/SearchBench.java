package org.notegarden.community.internal.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.search.mapper.orm.Search;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.note.Note;
import org.notegarden.i18n.internal.CedictTranslator;
import org.notegarden.platform.testing.NoJsonFormatMapper;
import org.postgresql.PGConnection;

/**
 * The search benchmark (run by {@code modules/app/src/bench/search-benchmark.sh}, not by the test
 * suite): N generated bilingual notes in PostgreSQL; the Hibernate Search index built from them
 * with the production mapping and analysis (time, size on disk, heap); then the same query mix
 * — Chinese, English, pinyin — through {@link NoteSearch} as the app runs it, with queries analysed
 * with single characters too (the chain before pair-only query analysis), counting only up to
 * 1,000, and through PostgreSQL full-text search
 * (a generated tsvector with a GIN index, ranked by ts_rank), with p50/p99, queries/s and hits.
 *
 * <p>Arguments: jdbcUrl user password notes indexDir secondsPerEngine threads [loadingThreads, default 2]
 */
public final class SearchBench {
    private static final String PG_QUERY = "SELECT id FROM cm_note WHERE tsv @@ plainto_tsquery('simple', ?) AND state = 'PUBLISHED' "
            + "ORDER BY ts_rank(tsv, plainto_tsquery('simple', ?)) DESC, id DESC LIMIT 21";

    /** -Dbench.vocabulary=zipf draws the notes' words with real text's frequencies ({@link ZipfWords}); uniform by default. */
    private static final BenchCorpus.Vocabulary VOCABULARY =
            BenchCorpus.Vocabulary.valueOf(System.getProperty("bench.vocabulary", "uniform").toUpperCase(java.util.Locale.ROOT));

    private SearchBench() {
    }

    interface Engine {
        long search(String q) throws Exception;
    }

    public static void main(String[] a) throws Exception {
        String url = a[0];
        String user = a[1];
        String password = a[2];
        int notes = Integer.parseInt(a[3]);
        Path indexDir = Path.of(a[4]);
        int seconds = Integer.parseInt(a[5]);
        int threads = Integer.parseInt(a[6]);
        int loadingThreads = a.length > 7 ? Integer.parseInt(a[7]) : 2;

        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", url).applySetting("hibernate.connection.username", user)
                .applySetting("hibernate.connection.password", password).applySetting("hibernate.connection.pool_size", "16")
                .applySetting("hibernate.hbm2ddl.auto", "create")
                .applySetting("hibernate.type.json_format_mapper", NoJsonFormatMapper.class.getName())
                .applySetting("hibernate.default_batch_fetch_size", "200")
                .applySetting("hibernate.search.backend.type", "lucene")
                .applySetting("hibernate.search.backend.directory.type", "local-filesystem")
                .applySetting("hibernate.search.backend.directory.root", indexDir.toString())
                .applySetting("hibernate.search.backend.lucene_version", "9.11.1")
                .applySetting("hibernate.search.backend.analysis.configurer",
                        "class:org.notegarden.i18n.internal.search.BilingualAnalysisConfigurer")
                .applySetting("hibernate.search.indexing.listeners.enabled", "false")
                .applySetting("hibernate.search.schema_management.strategy", "drop-and-create")
                .build();
        try (SessionFactory sf = new MetadataSources(registry).addAnnotatedClass(Note.class).addAnnotatedClass(Account.class)
                .buildMetadata().buildSessionFactory()) {
            long t0 = System.nanoTime();
            load(url, user, password, notes);
            System.out.printf("loaded %,d notes (%s vocabulary) into PostgreSQL in %.1f s%n", notes,
                    VOCABULARY.name().toLowerCase(java.util.Locale.ROOT), secs(t0));

            t0 = System.nanoTime();
            // The CPU this JVM spent on the build besides its wall time: on a shared two-core machine
            // the wall time moves with everything else running, the CPU per note far less.
            long cpu0 = processCpuNanos();
            Search.mapping(sf).scope(Note.class).massIndexer().threadsToLoadObjects(loadingThreads).batchSizeToLoadObjects(500).startAndWait();
            double indexSeconds = secs(t0);
            double indexCpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            System.gc();
            long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf("Hibernate Search index: built in %.1f s (%,.0f notes/s, %d loading threads; this JVM's CPU %.1f s, %.0f µs per note),"
                    + " %,d MB on disk, heap in use after GC %,d MB%n", indexSeconds, notes / indexSeconds, loadingThreads, indexCpuSeconds,
                    indexCpuSeconds * 1e6 / notes, size(indexDir) >> 20, heap >> 20);

            // (After the size above: merged files sit beside the old ones until Lucene deletes them.)
            // Lucene goes on merging the build's segments for minutes after the mass indexer returns;
            // engines measured meanwhile shared the machine with those merges and searched more
            // segments, and each engine looked faster than the one before. Merged before measuring.
            long m0 = System.nanoTime();
            Search.mapping(sf).scope(Note.class).workspace().mergeSegments();
            System.out.printf("index merged into one segment in %.1f s (not counted in the build)%n", secs(m0));
            t0 = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE cm_note ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED");
                s.execute("CREATE INDEX cm_note_tsv ON cm_note USING gin (tsv)");
                s.execute("ANALYZE cm_note");
                double pgSeconds = secs(t0);
                try (ResultSet r = s.executeQuery("SELECT pg_relation_size('cm_note_tsv')")) {
                    r.next();
                    System.out.printf("PostgreSQL full-text: tsvector column + GIN index built in %.1f s, GIN index %,d MB%n",
                            pgSeconds, r.getLong(1) >> 20);
                }
            }

            // Loaded once before anything is measured, as the app loads it once after start-up
            // (SearchWarmUp); each engine loading its own copy had swallowed short runs.
            t0 = System.nanoTime();
            QueryTranslations translations = new QueryTranslations(new CedictTranslator());
            translations.inOtherLanguage("咖啡");
            System.out.printf("CC-CEDICT dictionary and query reader loaded in %.1f s%n", secs(t0));

            System.out.println();
            System.out.printf("%-18s %12s %12s%n", "hits (total)", "index", "PostgreSQL");
            NoteSearch probe = search(sf, translations);
            try (Connection c = DriverManager.getConnection(url, user, password);
                 PreparedStatement count = c.prepareStatement("SELECT count(*) FROM cm_note WHERE tsv @@ plainto_tsquery('simple', ?)")) {
                for (String q : BenchCorpus.QUERIES) {
                    count.setString(1, q);
                    try (ResultSet r = count.executeQuery()) {
                        r.next();
                        System.out.printf("%-18s %,12d %,12d%n", q, probe.notes(query(q), null).total(), r.getLong(1));
                    }
                }
            }

            // What each query becomes in Lucene: where its cost comes from (README, search benchmark).
            System.out.println();
            for (String q : BenchCorpus.QUERIES) {
                SearchQuery sq = query(q);
                System.out.printf("%-18s %s%n", q, probe.query(sq, translations.inOtherLanguage(q).orElse(null), null).queryString());
            }

            // As the app runs it (matches counted up to NoteSearch.COUNT_EXACTLY_UP_TO), and the alternatives it was chosen from.
            Map<String, EngineFactory> engines = new LinkedHashMap<>();
            engines.put("Hibernate Search", () -> {
                NoteSearch mine = search(sf, translations);
                return q -> mine.notes(query(q)).ids().size();
            });
            engines.put("  single chars too", () -> {
                NoteSearch mine = search(sf, translations);
                mine.queryAnalyzer = org.notegarden.i18n.api.SearchAnalysis.TEXT;
                return q -> mine.notes(query(q)).ids().size();
            });
            engines.put("  public as 4 exclusions", () -> {
                NoteSearch mine = search(sf, translations);
                mine.publicForm = NoteSearch.PublicForm.FOUR_EXCLUSIONS;
                return q -> mine.notes(query(q)).ids().size();
            });
            engines.put("  public as 4 filters", () -> {
                NoteSearch mine = search(sf, translations);
                mine.publicForm = NoteSearch.PublicForm.FOUR_FILTERS;
                return q -> mine.notes(query(q)).ids().size();
            });
            engines.put("  every match counted", () -> {
                NoteSearch mine = search(sf, translations);
                return q -> mine.notes(query(q), null).ids().size();
            });
            for (int countTo : new int[] {10_000, 1_000}) {
                if (countTo != NoteSearch.COUNT_EXACTLY_UP_TO) {
                    engines.put(String.format("  count to %,d", countTo), () -> {
                        NoteSearch mine = search(sf, translations);
                        return q -> mine.notes(query(q), countTo).ids().size();
                    });
                }
            }
            engines.put("PostgreSQL FTS", () -> {
                Connection c = DriverManager.getConnection(url, user, password);
                PreparedStatement ps = c.prepareStatement(PG_QUERY);
                return q -> {
                    ps.setString(1, q);
                    ps.setString(2, q);
                    long n = 0;
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) {
                            n++;
                        }
                    }
                    return n;
                };
            });
            // Every engine runs once unmeasured first: measured in one pass, each engine ran faster
            // than the one before it (the app's own search 348 queries/s first, 1,299 when run again
            // last, 200,000 notes) while the JIT and the caches warmed up for all of them.
            // Passes over every engine, unmeasured, until the JIT is quiet: measured right after one
            // pass, the first engine ran at two thirds of its later speed while the optimising
            // compiler still took one of two cores (2026-12-05, JIT log: 350 C2 compilations in its
            // 10 s, a handful per 10 s a round later; the GC log showed no such change).
            System.out.println();
            // Bounded by time rather than by a count of passes: with one engine chosen a pass is a few
            // seconds, and six of them left the JIT compiling for all of each (2026-12-05, the runs
            // then drifted by up to 2x from round to round).
            java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
            long warmUpEnds = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(4);
            for (int pass = 1; pass <= 6 || System.nanoTime() < warmUpEnds; pass++) {
                long compiledBefore = jit.getTotalCompilationTime();
                long started = System.nanoTime();
                for (var e : engines.entrySet()) {
                    if (chosen(e.getKey())) {
                        run(threads, Math.max(1, seconds / 2), e.getValue());
                    }
                }
                double share = (jit.getTotalCompilationTime() - compiledBefore) / ((System.nanoTime() - started) / 1e6);
                System.out.printf("warm-up pass %d over every engine, unmeasured: the JIT compiled for %.0f %% of it%n", pass, share * 100);
                if (share < 0.05) {
                    break;
                }
            }
            // -Dbench.rounds=2 measures every engine twice, in turn (A B C … A B C …): on this machine
            // figures drifted within a run, so an engine is compared with its neighbours in both rounds.
            int rounds = Integer.getInteger("bench.rounds", 1);
            List<long[]> app = null;
            for (int round = 1; round <= rounds; round++) {
                System.out.printf("%-24s %8s %9s %9s %9s %9s %9s%n", "engine (" + threads + " threads)" + (rounds > 1 ? ", round " + round : ""),
                        "queries/s", "p50 ms", "p99 ms", "zh p50", "en p50", "pinyin p50");
                for (var e : engines.entrySet()) {
                    List<long[]> samples = measure(e.getKey(), threads, seconds, e.getValue());
                    app = app == null ? samples : app;
                }
            }
            // The app once more, last: how far the figures still drift within the run.
            measure("Hibernate Search (again)", threads, seconds, engines.get("Hibernate Search"));
            printPerQuery(app);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private static SearchQuery query(String q) {
        return SearchQuery.of(q, null, null, null, 0, 20, true);
    }

    /** One engine per thread, sharing one translator (and its dictionary), as the app's threads share its bean. */
    private static NoteSearch search(SessionFactory sf, QueryTranslations translations) {
        NoteSearch s = new NoteSearch();
        s.em = sf.createEntityManager();
        s.clock = Clock.systemUTC();
        s.translator = translations;
        s.publicForm = NoteSearch.PublicForm.ONE_FLAG; // as the app asks once its index is of the current form
        return s;
    }

    interface EngineFactory {
        Engine create() throws Exception;
    }

    /** Warm-up for a third of the time, then each thread loops over the query mix; latency per query. */
    /** Each query's p50 and p99 in the app's own run: which queries make its tail. */
    private static void printPerQuery(List<long[]> samples) {
        if (samples == null) {
            return;
        }
        System.out.println();
        System.out.printf("%-22s %9s %9s %9s%n", "Hibernate Search, each", "queries", "p50 ms", "p99 ms");
        for (int which = 0; which < BenchCorpus.QUERIES.size(); which++) {
            int w = which;
            long[] latencies = samples.stream().filter(x -> x[1] == w).mapToLong(x -> x[0]).sorted().toArray();
            System.out.printf("%-22s %9d %9.2f %9.2f%n", BenchCorpus.QUERIES.get(which), latencies.length, ms(pct(latencies, 50)),
                    ms(pct(latencies, 99)));
        }
    }

    /** The samples measured ({nanoseconds, query}), or null when the engine was not chosen. */
    private static List<long[]> measure(String name, int threads, int seconds, EngineFactory factory) throws Exception {
        if (!chosen(name)) {
            return null;
        }
        List<long[]> all = run(threads, seconds, factory);
        Map<String, List<Long>> byLanguage = new LinkedHashMap<>();
        long[] latencies = all.stream().mapToLong(s -> s[0]).sorted().toArray();
        for (long[] s : all) {
            int which = (int) s[1];
            String lang = which < 7 ? "zh" : which < 12 ? "en" : "pinyin";
            byLanguage.computeIfAbsent(lang, k -> new ArrayList<>()).add(s[0]);
        }
        System.out.printf("%-24s %8.0f %9.2f %9.2f %9.2f %9.2f %9.2f%n", name, latencies.length / (double) seconds,
                ms(pct(latencies, 50)), ms(pct(latencies, 99)), ms(p50(byLanguage.get("zh"))), ms(p50(byLanguage.get("en"))),
                ms(p50(byLanguage.get("pinyin"))));
        return all;
    }

    /** -Dbench.engines=count,PostgreSQL runs only the engines whose names contain one of these (to profile one). */
    private static boolean chosen(String engine) {
        String only = System.getProperty("bench.engines");
        return only == null || Arrays.stream(only.split(",")).anyMatch(engine::contains);
    }

    /** Threads looping over the query mix for a third of the time unmeasured, then {@code seconds} measured. */
    private static List<long[]> run(int threads, int seconds, EngineFactory factory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[][]>> results = new ArrayList<>();
        long warmUntil = System.nanoTime() + seconds * 1_000_000_000L / 3;
        long stopAt = warmUntil + seconds * 1_000_000_000L;
        for (int t = 0; t < threads; t++) {
            int offset = t;
            results.add(pool.submit(() -> {
                Engine e = factory.create();
                List<long[]> samples = new ArrayList<>();
                for (int i = offset; System.nanoTime() < stopAt; i++) {
                    int which = i % BenchCorpus.QUERIES.size();
                    long start = System.nanoTime();
                    e.search(BenchCorpus.QUERIES.get(which));
                    long end = System.nanoTime();
                    if (start >= warmUntil) {
                        samples.add(new long[] {end - start, which});
                    }
                }
                return samples.toArray(new long[0][]);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[][]> f : results) {
            all.addAll(Arrays.asList(f.get()));
        }
        pool.shutdown();
        return all;
    }

    private static long p50(List<Long> xs) {
        return xs == null ? 0 : pct(xs.stream().mapToLong(Long::longValue).sorted().toArray(), 50);
    }

    private static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** CPU time of every thread of this JVM (user and system). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * Bytes under {@code dir}. Lucene's merges create and delete files while this walks (a
     * {@code Files.walk} failed on a vanished {@code .tmp} file), so a file that is gone counts 0.
     */
    private static long size(Path dir) {
        java.io.File[] entries = dir.toFile().listFiles();
        long bytes = 0;
        for (java.io.File f : entries == null ? new java.io.File[0] : entries) {
            bytes += f.isDirectory() ? size(f.toPath()) : f.length();
        }
        return bytes;
    }

    /** COPY in chunks: notes (published over the last year, skewed engagement) and their topic rows. */
    private static void load(String url, String user, String password, int notes) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            try (Statement s = c.createStatement()) {
                // The schema here is Hibernate's (varchar(255)); the app's migration allows this much.
                s.execute("ALTER TABLE cm_note ALTER COLUMN title TYPE VARCHAR(200), ALTER COLUMN body TYPE VARCHAR(8000)");
                // Hibernate's schema gives a note's lists of values no key; the app's migration
                // (V1__community.sql) keys them by note, and loading notes for the index joins them by
                // it. Without the keys every batch of 500 notes the build loaded scanned all the topic
                // rows (97 ms a batch at a million notes), and PostgreSQL's CPU bounded the build.
                s.execute("ALTER TABLE cm_note_topic ADD PRIMARY KEY (note_id, topic)");
                s.execute("ALTER TABLE cm_note_mention ADD PRIMARY KEY (note_id, account_id)");
                // Flags and counters the rows below leave out (added to notes since) are false and 0, as the app's migrations make them.
                List<String> defaults = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'cm_note' "
                        + "AND is_nullable = 'NO' AND column_default IS NULL AND data_type IN ('boolean', 'integer', 'bigint', 'smallint')")) {
                    while (r.next()) {
                        defaults.add("ALTER TABLE cm_note ALTER COLUMN " + r.getString(1) + " SET DEFAULT "
                                + (r.getString(2).equals("boolean") ? "false" : "0"));
                    }
                }
                for (String sql : defaults) {
                    s.execute(sql);
                }
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            long now = System.currentTimeMillis();
            int chunk = 50_000;
            for (int from = 0; from < notes; from += chunk) {
                StringBuilder noteRows = new StringBuilder();
                StringBuilder topicRows = new StringBuilder();
                for (int i = from; i < Math.min(notes, from + chunk); i++) {
                    BenchCorpus.Text t = BenchCorpus.note(i, VOCABULARY);
                    long id = 1_000_000L + i;
                    java.util.Random r = new java.util.Random(i);
                    String at = java.time.Instant.ofEpochMilli(now - (long) (r.nextDouble() * 365 * 86_400_000L)).toString();
                    int likes = (int) (Math.pow(r.nextDouble(), 3) * 500);
                    noteRows.append(id).append('\t').append(1 + i % 20_000).append('\t').append(t.title()).append('\t').append(t.body())
                            .append("\tIMAGES\tPUBLISHED\t").append(likes).append('\t').append(likes / 3).append("\t0\tf\tf\tf\tf\t")
                            .append(at).append('\t').append(at).append('\t').append(at).append("\tf\tf\tf\tf\t0\n");
                    topicRows.append(id).append('\t').append(t.topic()).append('\n');
                }
                copy.copyIn("COPY cm_note (id, author_id, title, body, kind, state, like_count, collect_count, comment_count, "
                        + "age_restricted, demoted, author_private, moderation_label, created_at, updated_at, published_at, "
                        + "sponsor_by_platform, ai_generated, ai_generated_platform, ai_assisted, version) FROM STDIN",
                        new StringReader(noteRows.toString()));
                copy.copyIn("COPY cm_note_topic (note_id, topic) FROM STDIN", new StringReader(topicRows.toString()));
            }
            try (Statement s = c.createStatement()) {
                // Both tables the index build's loading joins: with no statistics for the topics
                // PostgreSQL guessed 76,000 rows for a million and joined them by scanning them all,
                // 72-97 ms for each batch of 500 notes (autovacuum analyses them only later).
                s.execute("ANALYZE cm_note, cm_note_topic");
            }
        }
    }
}
