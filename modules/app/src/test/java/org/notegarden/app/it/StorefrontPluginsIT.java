package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.notegarden.app.it.ApiClient.Res;

/** The example plugins load in the real server; admins see and reload them; a bad plugin is refused, not fatal. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontPluginsIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL url;

    @Test
    void examplePluginsLoadAndAreManagedByAdmins() throws Exception {
        ApiClient api = new ApiClient(url);
        String admin = api.post("/auth/login", null, "{\"login\":\"itadmin\",\"password\":\"it-admin-password\",\"mode\":\"token\"}")
                .obj().getString("token");
        Res list = api.get("/admin/plugins", admin);
        assertEquals(200, list.status(), list.toString());
        Map<String, String> states = list.json().asJsonArray().stream().map(v -> (JsonObject) v)
                .collect(Collectors.toMap(o -> o.getString("id"), o -> o.getString("state")));
        assertEquals(Map.of("sandbox-payments", "ACTIVE", "region-shipping", "ACTIVE", "promotions", "ACTIVE",
                "eu-vat", "ACTIVE"), states);
        assertEquals(403, api.get("/admin/plugins", api.register("nosy").token()).status());
        assertEquals(401, api.post("/admin/plugins/reload", null, null).status());

        String root = api.base().replace("/api/v1", "");
        Res health = api.execute(HttpRequest.newBuilder(java.net.URI.create(root + "/health/ready")).build());
        assertTrue(health.raw().body().contains("\"storefront-plugins\""), health.toString());

        // A plugin built for a future SPI is refused with a reason, and the server stays up.
        Path pluginsDir = Path.of(System.getProperty("notegarden.plugins.dir", "target/plugins"));
        Path bad = Files.createDirectories(pluginsDir.resolve("zz-from-the-future"));
        try {
            Manifest m = new Manifest();
            m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            m.getMainAttributes().putValue("Notegarden-Plugin-Id", "from-the-future");
            m.getMainAttributes().putValue("Notegarden-Plugin-Version", "9.0.0");
            m.getMainAttributes().putValue("Notegarden-Spi-Version", "9.0");
            try (OutputStream out = Files.newOutputStream(bad.resolve("future.jar")); JarOutputStream jar = new JarOutputStream(out, m)) {
                jar.flush();
            }
            Res reloaded = api.post("/admin/plugins/reload", admin, null);
            assertEquals(200, reloaded.status(), reloaded.toString());
            JsonObject future = reloaded.json().asJsonArray().stream().map(v -> (JsonObject) v)
                    .filter(o -> o.getString("id").equals("from-the-future")).findFirst().orElseThrow();
            assertEquals("REFUSED", future.getString("state"));
            assertTrue(future.getString("reason").contains("built for SPI 9.0, this server offers 1.0"), future.toString());
            assertEquals(200, api.execute(HttpRequest.newBuilder(java.net.URI.create(root + "/health/ready")).build()).status());
        } finally {
            Files.deleteIfExists(bad.resolve("future.jar"));
            Files.deleteIfExists(bad);
            api.post("/admin/plugins/reload", admin, null);
        }
    }
}
