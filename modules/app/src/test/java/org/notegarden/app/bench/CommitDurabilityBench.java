package org.notegarden.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What durable commits cost on the embedded H2: small write transactions (one insert and
 * commit, the shape of a comment or a like) against an H2 file, with H2's default write delay
 * (500 ms: commits acknowledged before they reach the file) and with {@code WRITE_DELAY 0}
 * (each commit written before it is acknowledged, what Notegarden now sets). Commits/s and
 * p50/p99 per setting and thread count. Run by {@code src/bench/durability-benchmark.sh}.
 */
public final class CommitDurabilityBench {
    private CommitDurabilityBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory(Path.of(args.length > 0 ? args[0] : "target"), "h2-commits");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.out.println("| write delay | threads | commits/s | p50 | p99 |");
        System.out.println("|---|---|---|---|---|");
        for (int delay : new int[] {500, 0}) {
            for (int threads : new int[] {1, 4}) {
                String url = "jdbc:h2:file:" + dir.resolve("d" + delay + "t" + threads) + ";WRITE_DELAY=" + delay;
                try (Connection setup = DriverManager.getConnection(url, "sa", ""); Statement s = setup.createStatement()) {
                    s.execute("CREATE TABLE c (id BIGINT AUTO_INCREMENT PRIMARY KEY, body VARCHAR(200), at TIMESTAMP)");
                }
                run(url, delay, threads, seconds);
            }
        }
    }

    private static void run(String url, int delay, int threads, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                long[] micros = new long[8_000_000];
                int n = 0;
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    c.setAutoCommit(false);
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO c (body, at) VALUES (?, CURRENT_TIMESTAMP)")) {
                        while (System.nanoTime() < end && n < micros.length) {
                            long start = System.nanoTime();
                            insert.setString(1, "a comment of ordinary length, written by one of four clients");
                            insert.executeUpdate();
                            c.commit();
                            micros[n++] = (System.nanoTime() - start) / 1_000;
                        }
                    }
                }
                return Arrays.copyOf(micros, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            all.add(f.get());
        }
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("| %d ms | %d | %,.0f | %.2f ms | %.2f ms |%n", delay, threads, merged.length / (double) seconds,
                merged[merged.length / 2] / 1000.0, merged[(int) (merged.length * 0.99)] / 1000.0);
    }
}
