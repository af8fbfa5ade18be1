package org.notegarden.community.internal.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.note.Note;
import org.notegarden.platform.testing.NoJsonFormatMapper;

/**
 * The Elasticsearch/OpenSearch path, as far as it goes without a server: Hibernate ORM and Search
 * boot with the settings the README gives operators (backend type and hosts as properties) against
 * a local stub speaking the REST API, and create both indexes with the bilingual analysis and the
 * fields the queries use.
 */
class ElasticsearchBackendTest {
    private record Call(String method, String path, String body) {
    }

    @Test
    void bootsAndCreatesBothIndexesWithTheBilingualAnalysis() throws Exception {
        List<Call> calls = new CopyOnWriteArrayList<>();
        HttpServer es = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        es.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().toString();
            calls.add(new Call(exchange.getRequestMethod(), path, body));
            int status;
            String answer;
            if (path.startsWith("/_cluster/health")) {
                status = 200;
                answer = "{\"status\":\"green\",\"timed_out\":false}";
            } else if (exchange.getRequestMethod().equals("PUT")) {
                status = 200;
                answer = "{\"acknowledged\":true,\"shards_acknowledged\":true}";
            } else if (exchange.getRequestMethod().equals("GET") && path.contains("ignore_unavailable=true")) {
                status = 200; // what the real API answers when none of the aliases exists yet
                answer = "{}";
            } else {
                status = 404;
                answer = "{\"error\":{\"type\":\"index_not_found_exception\"},\"status\":404}";
            }
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, exchange.getRequestMethod().equals("HEAD") ? -1 : out.length);
            if (!exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseBody().write(out);
            }
            exchange.close();
        });
        es.start();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", "jdbc:h2:mem:es-backend;DB_CLOSE_DELAY=-1")
                .applySetting("hibernate.hbm2ddl.auto", "create-drop")
                .applySetting("hibernate.type.json_format_mapper", NoJsonFormatMapper.class.getName())
                .applySetting("hibernate.search.backend.type", "elasticsearch")
                .applySetting("hibernate.search.backend.hosts", "127.0.0.1:" + es.getAddress().getPort())
                .applySetting("hibernate.search.backend.version", "8.15")
                .applySetting("hibernate.search.backend.version_check.enabled", "false")
                .applySetting("hibernate.search.backend.analysis.configurer",
                        "class:org.notegarden.i18n.internal.search.BilingualAnalysisConfigurer")
                .applySetting("hibernate.search.schema_management.strategy", "create-or-validate")
                .build();
        try (SessionFactory sf = new MetadataSources(registry).addAnnotatedClass(Note.class).addAnnotatedClass(Account.class)
                .buildMetadata().buildSessionFactory()) {
            Call note = calls.stream().filter(c -> c.method().equals("PUT") && c.path().startsWith("/note")).findFirst()
                    .orElseThrow(() -> new AssertionError("no note index created: " + calls));
            for (String expected : List.of("icu_transform", "Traditional-Simplified", "cjk_bigram", "notegarden_text",
                    "notegarden_pinyin", "\"pinyin\"", "\"topicKey\"", "\"likeCount\"", "\"authorPrivate\"")) {
                assertTrue(note.body().contains(expected), expected + " missing in " + note.body());
            }
            Call account = calls.stream().filter(c -> c.method().equals("PUT") && c.path().startsWith("/account")).findFirst()
                    .orElseThrow(() -> new AssertionError("no account index created: " + calls));
            assertTrue(account.body().contains("\"handleKey\"") && account.body().contains("notegarden_keyword"), account.body());
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
            es.stop(0);
        }
    }
}
