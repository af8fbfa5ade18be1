package org.notegarden.commerce.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.notegarden.storefront.spi.PluginHttp;

/** A plugin's HTTP reaches the hosts its operator allowed, and nothing else, against a real local server. */
class HostCheckedHttpTest {
    private HttpServer server;
    private int port;

    @BeforeEach
    void provider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/pay", exchange -> {
            byte[] body = ("paid " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-Provider", "local");
            exchange.sendResponseHeaders(201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/discount", exchange -> {
            byte[] body = "150".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/elsewhere", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://localhost:" + port + "/pay");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anAllowedHostIsReachedWithMethodHeadersAndBody() throws IOException {
        PluginHttp http = new HostCheckedHttp("pay", Set.of("127.0.0.1"));
        PluginHttp.Response r = http.send("POST", "http://127.0.0.1:" + port + "/pay", Map.of("Content-Type", "text/plain"),
                "42.00 EUR".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, r.status());
        assertEquals("paid 42.00 EUR", new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(List.of("local"), r.headers().get("x-provider"));
    }

    @Test
    void everyOtherHostPortAndSchemeIsRefusedAndRedirectsAreNotFollowed() throws IOException {
        PluginHttp http = new HostCheckedHttp("pay", Set.of("127.0.0.1:" + port));
        IOException other = assertThrows(IOException.class, () -> http.send("GET", "http://localhost:" + port + "/pay", Map.of(), null));
        assertTrue(other.getMessage().contains("may not reach localhost:" + port), other.getMessage());
        assertThrows(IOException.class, () -> http.send("GET", "http://127.0.0.1:" + (port + 1) + "/pay", Map.of(), null),
                "another port of an allowed host");
        assertThrows(IOException.class, () -> http.send("GET", "file:///etc/passwd", Map.of(), null));
        assertThrows(IOException.class, () -> http.send("TRACE", "http://127.0.0.1:" + port + "/pay", Map.of(), null));
        assertEquals(302, http.send("GET", "http://127.0.0.1:" + port + "/elsewhere", Map.of(), null).status(),
                "a redirect is handed back, not followed to a host nobody allowed");
    }

    /** The whole path: a plugin JAR with no permission passes the verifier and reaches only its allowed host. */
    @Test
    void aPluginWithAHostAllowanceCallsItsProviderThroughTheHostOnly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path plugins)
            throws Exception {
        TestPluginJars.build(plugins, "provider", org.notegarden.commerce.fixtures.ProviderCallingPlugin.class, "provider",
                "1.0", List.of());
        String url = "http://127.0.0.1:" + port + "/discount";
        for (String allowed : List.of("127.0.0.1:" + port, "pay.example.com")) {
            PluginHost host = new PluginHost(plugins, new TestGuards().guard(java.time.Duration.ofSeconds(5)),
                    id -> new HostPluginContext(id, key -> key.endsWith(".url") ? Optional.of(url) : Optional.empty(),
                            Clock.systemUTC(), Set.of(allowed)),
                    TestGuards.permissions(Map.of()));
            try {
                LoadedPlugin p = host.reload().get(0);
                assertEquals(PluginState.ACTIVE, p.state(), "no java.net in the plugin, so no permission is needed: " + p);
                assertEquals(List.of("network:" + allowed), p.description().permissions(), "shown in the admin list");
                var promotion = p.plugin().promotions().get(0);
                var request = new org.notegarden.storefront.spi.PricingRequest("shop", "EUR", List.of(),
                        new org.notegarden.storefront.spi.Address("DE", "", "Berlin", "10115"), null, java.time.Instant.EPOCH);
                var money = new org.notegarden.storefront.spi.Money(5000, "EUR");
                if (allowed.startsWith("127.0.0.1")) {
                    assertEquals(-150, host.guard().call(p, "promotion", () -> promotion.apply(request, money)).get(0).amount().minor());
                } else {
                    assertThrows(PluginCallException.class, () -> host.guard().call(p, "promotion", () -> promotion.apply(request, money)),
                            "its provider is not the host it was allowed");
                }
            } finally {
                host.shutdown();
            }
        }
    }

    @Test
    void operatorsAllowHostsPerPluginAndTheAdminListShowsThem() {
        assertEquals(Set.of("pay.example.com", "127.0.0.1:8443"),
                PluginPermissions.hosts(" network:Pay.Example.com, files ,network:127.0.0.1:8443"));
        assertEquals(Set.of(org.notegarden.commerce.internal.plugins.verify.Permission.FILES),
                PluginPermissions.parse("pay", "network:pay.example.com,files"), "a host allowance is not the whole network");
        HostPluginContext context = new HostPluginContext("pay", key -> Optional.empty(), Clock.systemUTC(),
                Set.of("pay.example.com"));
        assertEquals(List.of("network:pay.example.com"), context.hostAllowances());
    }
}
