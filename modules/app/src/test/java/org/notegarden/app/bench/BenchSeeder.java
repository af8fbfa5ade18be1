package org.notegarden.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegarden.app.it.Http11;
import org.notegarden.app.it.TestImages;

/**
 * Seeds a benchmark database: a few real accounts and images through the API (so passwords,
 * media files and renditions are genuine), then N notes written straight into the database in
 * batches, which takes seconds instead of the hours the API would. Prints two note ids for the
 * note-page measurements: a note with a picture, and the same with a product tagged in it (an
 * approved shop, a product with two variants and a picture, written the same way), whose page
 * reads the product's card too.
 *
 * <p>Usage: {@code BenchSeeder <base-url> <jdbc-url> <user> <password> <notes>}
 */
public final class BenchSeeder {
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final String[] TOPICS = {"coffee", "咖啡", "travel", "旅行", "food", "美食", "outfit", "穿搭"};

    private BenchSeeder() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int notes = Integer.parseInt(args[4]);
        HttpClient http = Http11.client();
        List<long[]> authors = new ArrayList<>(); // {accountId, mediaId}
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String handle = "bench" + i + "_" + Long.toHexString(System.nanoTime()).substring(6);
            String body = "{\"email\":\"" + handle + "@bench.dev\",\"password\":\"benchmark-pass\",\"handle\":\"" + handle
                    + "\",\"displayName\":\"Bench " + i + "\",\"birthDate\":\"1990-01-01\",\"mode\":\"token\"}";
            String reg = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/register"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String token = find(TOKEN, reg);
            long accountId = Long.parseLong(find(ID, reg));
            String up = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/media"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "image/jpeg")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(TestImages.jpeg(900, 1200))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            authors.add(new long[] {accountId, Long.parseLong(find(ID, up))});
            tokens.add(token);
        }
        publishSearchable(http, base, authors, tokens);
        Random random = new Random(42);
        long firstId = 50_000_000L;
        Instant start = Instant.now().minusSeconds(notes * 60L);
        try (Connection c = DriverManager.getConnection(args[1], args[2], args[3])) {
            c.setAutoCommit(false);
            try (PreparedStatement note = c.prepareStatement("INSERT INTO cm_note (id, author_id, title, body, kind, state, "
                    + "location_name, like_count, collect_count, comment_count, created_at, updated_at, published_at, version) "
                    + "VALUES (?, ?, ?, ?, 'IMAGES', 'PUBLISHED', NULL, ?, ?, 0, ?, ?, ?, 0)");
                 PreparedStatement media = c.prepareStatement("INSERT INTO cm_note_media (note_id, position, media_id) VALUES (?, 0, ?)");
                 PreparedStatement topic = c.prepareStatement("INSERT INTO cm_note_topic (note_id, topic) VALUES (?, ?)")) {
                for (int i = 0; i < notes; i++) {
                    long id = firstId + i;
                    long[] author = authors.get(random.nextInt(authors.size()));
                    Timestamp at = Timestamp.from(start.plusSeconds(i * 60L));
                    note.setLong(1, id);
                    note.setLong(2, author[0]);
                    note.setString(3, "Benchmark note " + i + " 基准笔记");
                    note.setString(4, "Seeded for the benchmark. #" + TOPICS[i % TOPICS.length]);
                    note.setInt(5, random.nextInt(500));
                    note.setInt(6, random.nextInt(100));
                    note.setTimestamp(7, at);
                    note.setTimestamp(8, at);
                    note.setTimestamp(9, at);
                    note.addBatch();
                    media.setLong(1, id);
                    media.setLong(2, author[1]);
                    media.addBatch();
                    topic.setLong(1, id);
                    topic.setString(2, TOPICS[i % TOPICS.length]);
                    topic.addBatch();
                    if (i % 1000 == 999) {
                        note.executeBatch();
                        media.executeBatch();
                        topic.executeBatch();
                        c.commit();
                    }
                }
                note.executeBatch();
                media.executeBatch();
                topic.executeBatch();
                c.commit();
            }
            tagProduct(c, firstId + notes / 2 + 1, authors.get(0));
            c.commit();
        }
        System.out.println((firstId + notes / 2) + " " + (firstId + notes / 2 + 1));
    }

    /** An approved shop of the first author, selling one product with two variants and a picture, tagged in the note. */
    private static void tagProduct(Connection c, long noteId, long[] owner) throws Exception {
        long shopId = 60_000_000L;
        long productId = shopId + 1;
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement shop = c.prepareStatement("INSERT INTO co_shop (id, owner_id, name, description, currency, legal_name, "
                + "address, contact_email, contact_phone, registration_number, self_certified, status, created_at, updated_at, version) "
                + "VALUES (?, ?, 'Bench Tea 茶铺', '', 'CNY', 'Bench Tea Ltd', 'Bench Road 1', 'shop@bench.dev', '', 'R-1', TRUE, "
                + "'APPROVED', ?, ?, 0)");
             PreparedStatement product = c.prepareStatement("INSERT INTO co_product (id, shop_id, title_en, title_zh, description_en, "
                     + "description_zh, category, status, created_at, updated_at, version) "
                     + "VALUES (?, ?, 'Matcha whisk', '抹茶刷', '', '', 'home', 'ACTIVE', ?, ?, 0)");
             PreparedStatement image = c.prepareStatement("INSERT INTO co_product_image (product_id, position, media_id) VALUES (?, 0, ?)");
             PreparedStatement sku = c.prepareStatement("INSERT INTO co_sku (id, product_id, code, options, price_minor, stock, active, version) "
                     + "VALUES (?, ?, ?, '{}', ?, ?, TRUE, 0)");
             PreparedStatement tag = c.prepareStatement("INSERT INTO cm_note_product (note_id, position, product_id) VALUES (?, 0, ?)")) {
            shop.setLong(1, shopId);
            shop.setLong(2, owner[0]);
            shop.setTimestamp(3, now);
            shop.setTimestamp(4, now);
            shop.executeUpdate();
            product.setLong(1, productId);
            product.setLong(2, shopId);
            product.setTimestamp(3, now);
            product.setTimestamp(4, now);
            product.executeUpdate();
            image.setLong(1, productId);
            image.setLong(2, owner[1]);
            image.executeUpdate();
            for (int v = 0; v < 2; v++) {
                sku.setLong(1, productId + 1 + v);
                sku.setLong(2, productId);
                sku.setString(3, "V" + v);
                sku.setLong(4, 6_800 + 2_000L * v);
                sku.setInt(5, 50 * v);
                sku.executeUpdate();
            }
            tag.setLong(1, noteId);
            tag.setLong(2, productId);
            tag.executeUpdate();
        }
    }

    private static final String[] WORDS = {"matcha", "latte", "morning", "weekend", "cafe", "oat", "milk", "whisk", "ceremony",
            "kyoto", "bakery", "sunny", "window", "seat", "quiet", "playlist", "notebook", "friends", "walk", "river",
            "抹茶", "拿铁", "周末", "咖啡馆", "燕麦奶", "早晨", "阳光", "窗边", "安静", "朋友", "散步", "面包店"};

    /**
     * Forty notes through the API (eight authors, five each: a new account's hourly limit), so
     * that they are in the search index, which the notes written straight into the database are
     * not: search is measured on this small index, where what a request costs besides Lucene shows.
     */
    private static void publishSearchable(HttpClient http, String base, List<long[]> authors, List<String> tokens) throws Exception {
        Random words = new Random(7);
        for (int n = 0; n < 40; n++) {
            int a = n % 8;
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 24; w++) {
                body.append(WORDS[words.nextInt(WORDS.length)]).append(' ');
            }
            String title = (n % 2 == 0 ? "Matcha notes " : "抹茶笔记 ") + n;
            String json = "{\"title\":\"" + title + "\",\"body\":\"" + body.toString().strip() + "\",\"mediaIds\":["
                    + authors.get(a)[1] + "],\"publish\":true}";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/notes"))
                    .header("Authorization", "Bearer " + tokens.get(a)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("note not published: " + r.statusCode() + " " + r.body());
            }
        }
    }

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("unexpected response: " + text);
        }
        return m.group(1);
    }
}
