package org.notegarden.platform.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.api.Page;

/**
 * The answers Jackson writes are byte for byte what JSON-B (Payara's Yasson, default settings, as
 * Jersey uses it) writes for the same value: the shapes the API answers with, nulls, dates,
 * numbers, escapes and Chinese text.
 */
class ResponseJsonWriterTest {
    private static final Jsonb YASSON = JsonbBuilder.create();

    @AfterAll
    static void close() throws Exception {
        YASSON.close();
    }

    public enum Kind { IMAGE, VIDEO }

    public record Person(long id, String handle, String name, String avatarUrl) {
    }

    public record Card(long id, String title, Kind kind, Person author, List<String> topics, int likeCount, boolean liked,
                Long board, Instant publishedAt, String coverUrl) {
    }

    public record Results(List<Card> items, Integer nextOffset, long total, String translatedQuery) {
    }

    public record Money(BigDecimal amount, String currency, double rating, float share, Integer count) {
    }

    public record Times(Instant at, LocalDate day, LocalDateTime local, OffsetDateTime offset, ZonedDateTime zoned, Duration lasting) {
    }

    public record Refs(UUID id, URI link, Set<Long> ids, Map<String, Long> counts, Map<Long, String> byId, List<String> withNull,
                Map<String, String> nullValues) {
    }

    public record Nothing() {
    }

    /** A class with getters, as a few older views are. */
    public static class Bean {
        private final String name = "bean";
        public final int visible = 3;

        public String getName() {
            return name;
        }

        public boolean isActive() {
            return true;
        }

        public String getMissing() {
            return null;
        }
    }

    @Test
    void aPageOfCardsIsWrittenAsJsonbWritesIt() throws IOException {
        Instant at = Instant.parse("2026-12-04T06:15:19.123Z");
        Person author = new Person(7, "leaf", "抹茶 \"Leaf\" \\ </script>\n\t\u2028 😀", null);
        Card first = new Card(1, "Matcha latte 抹茶拿铁", Kind.IMAGE, author, List.of("matcha", "咖啡"), 12, true, 3L, at, "/m/1.webp");
        Card second = new Card(2, null, Kind.VIDEO, author, List.of(), 0, false, null, Instant.parse("2026-01-01T00:00:00Z"), null);
        assertSame(new Results(List.of(first, second), 20, 10_000, null));
        assertSame(new Results(List.of(), null, 0, "抹茶"));
    }

    @Test
    void aPageWritesItsMissingCursorAsNullAsJsonbNillableAsks() throws IOException {
        String written = assertSame(new Page<>(List.of(new Person(1, "a", null, null)), null));
        assertTrue(written.contains("\"nextCursor\":null"), written);
        assertFalse(written.contains("\"name\""), written);
    }

    @Test
    void numbersDatesAndReferencesAreWrittenAsJsonbWritesThem() throws IOException {
        assertSame(new Money(new BigDecimal("12.50"), "CNY", 4.25, 0.1f, null));
        assertSame(new Money(new BigDecimal("1E+3"), "USD", 1e21, Float.MIN_VALUE, Integer.MAX_VALUE));
        assertSame(new Times(Instant.parse("2026-12-04T06:15:00Z"), LocalDate.of(2026, 2, 28), LocalDateTime.of(2026, 2, 28, 13, 0),
                OffsetDateTime.of(2026, 2, 28, 13, 0, 0, 0, ZoneOffset.ofHours(8)),
                ZonedDateTime.of(2026, 2, 28, 13, 0, 0, 5000, ZoneId.of("Asia/Shanghai")), Duration.ofMinutes(90)));
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("z", 1L);
        counts.put("a", null);
        Map<Long, String> byId = new LinkedHashMap<>();
        byId.put(9L, "nine");
        byId.put(10L, "ten");
        Map<String, String> nullValues = new LinkedHashMap<>();
        nullValues.put("k", null);
        assertSame(new Refs(UUID.fromString("0e4e2c36-9c1b-4f59-8d1e-0a6ad6b8a9e1"), URI.create("https://x.example/a?b=c"),
                new LinkedHashSet<>(List.of(3L, 1L)), counts, byId, new ArrayList<>(Arrays.asList("a", null)), nullValues));
    }

    @Test
    void emptyObjectsBeansAndBareListsAreWrittenAsJsonbWritesThem() throws IOException {
        assertSame(new Nothing());
        assertSame(new Bean());
        assertSame(List.of(new Person(1, "a", "A", "/a.png"), new Person(2, "b", "B", null)));
        assertSame(Map.of("only", List.of(1, 2)));
    }

    @Test
    void theWriterTakesOnlyTheAppsOwnTypesAndPlainCollectionsOfThem() {
        ResponseJsonWriter writer = new ResponseJsonWriter();
        MediaType json = MediaType.APPLICATION_JSON_TYPE;
        assertTrue(writer.isWriteable(Page.class, Page.class, null, json));
        assertTrue(writer.isWriteable(List.class, new TypeOf<List<Page<String>>>() { }.type(), null, json));
        assertTrue(writer.isWriteable(Map.class, new TypeOf<Map<String, List<Long>>>() { }.type(), null, json));
        assertTrue(writer.isWriteable(List.class, new TypeOf<List<? extends Page<String>>>() { }.type(), null, json));
        assertTrue(writer.isWriteable(Page.class, Page.class, null, new MediaType("application", "json", "UTF-8")));

        assertFalse(writer.isWriteable(List.class, List.class, null, json), "a raw list could hold anything");
        assertFalse(writer.isWriteable(List.class, new TypeOf<List<Object>>() { }.type(), null, json));
        assertFalse(writer.isWriteable(List.class, new TypeOf<List<Map.Entry<String, Long>>>() { }.type(), null, json));
        assertFalse(writer.isWriteable(String.class, String.class, null, json));
        assertFalse(writer.isWriteable(JsonObject.class, JsonObject.class, null, json));
        assertFalse(writer.isWriteable(Page.class, Page.class, null, new MediaType("application", "problem+json")));
        assertFalse(writer.isWriteable(Page.class, Page.class, null, MediaType.TEXT_PLAIN_TYPE));
    }

    @Test
    void theWriterLeavesTheResponseStreamOpen() throws IOException {
        var out = new ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        new ResponseJsonWriter().writeTo(new Nothing(), Nothing.class, Nothing.class, null, MediaType.APPLICATION_JSON_TYPE, new jakarta.ws.rs.core.MultivaluedHashMap<>(), out);
        assertEquals("{}", out.toString(StandardCharsets.UTF_8));
        assertFalse(out.closed, "the container closes the response, not the writer");
        assertEquals(Json.createObjectBuilder().build(), Json.createReader(new java.io.StringReader(out.toString(StandardCharsets.UTF_8))).readObject());
    }

    /**
     * The writer knows an answer's length before it sends it, so it says so and sends it in one
     * write: Jersey then needs no buffer of its own to learn the length (it allocated its whole
     * buffer, 64 KB as the app had set it, for every answer: JFR, 2026-12-07), and Grizzly sends the
     * answer whole instead of in chunks.
     */
    @Test
    void anAnswerIsWrittenOnceWithItsLength() throws IOException {
        var page = new Results(List.of(new Card(7, "抹茶 latte \"at home\"", Kind.IMAGE, new Person(1, "mei", "美", null),
                List.of("matcha"), 3, false, null, Instant.parse("2026-12-07T10:15:30Z"), "/m/7.webp")), null, 1, "抹茶");
        var out = new ByteArrayOutputStream() {
            int writes;

            @Override
            public void write(byte[] b, int off, int len) {
                writes++;
                super.write(b, off, len);
            }

            @Override
            public void write(int b) {
                writes++;
                super.write(b);
            }
        };
        var headers = new jakarta.ws.rs.core.MultivaluedHashMap<String, Object>();
        new ResponseJsonWriter().writeTo(page, Results.class, Results.class, null, MediaType.APPLICATION_JSON_TYPE, headers, out);
        assertEquals(YASSON.toJson(page), out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(out.size()), headers.get("Content-Length"), "the answer's length in bytes, before its first byte");
        assertEquals(1, out.writes, "written in one piece");
    }

    /** The generic type of T, as JAX-RS's GenericType gives it (without needing a JAX-RS runtime). */
    abstract static class TypeOf<T> {
        java.lang.reflect.Type type() {
            return ((java.lang.reflect.ParameterizedType) getClass().getGenericSuperclass()).getActualTypeArguments()[0];
        }
    }

    private static String assertSame(Object value) throws IOException {
        String expected = YASSON.toJson(value);
        var out = new ByteArrayOutputStream();
        new ResponseJsonWriter().writeTo(value, value.getClass(), value.getClass(), null, MediaType.APPLICATION_JSON_TYPE, new jakarta.ws.rs.core.MultivaluedHashMap<>(), out);
        String actual = out.toString(StandardCharsets.UTF_8);
        assertEquals(expected, actual);
        return actual;
    }

    /**
     * Records' accessors are called through Blackbird's generated lambdas: with plain reflection
     * every property of every answer goes through {@code Method.invoke}.
     */
    @Test
    void answersAreReadThroughGeneratedAccessorsNotReflection() throws Exception {
        var serializer = (com.fasterxml.jackson.databind.ser.std.BeanSerializerBase)
                ResponseJson.mapper().getSerializerProviderInstance().findValueSerializer(Card.class);
        List<String> writers = new ArrayList<>();
        serializer.properties().forEachRemaining(p -> writers.add(p.getName() + ": " + p.getClass().getName()));
        assertFalse(writers.isEmpty());
        assertTrue(writers.stream().allMatch(w -> w.contains(".blackbird.")), () -> "property writers: " + writers);
    }
}
