package org.notegarden.commerce.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.EnumSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegarden.commerce.fixtures.CouponPlugin;
import org.notegarden.commerce.internal.plugins.verify.Permission;
import org.notegarden.commerce.fixtures.FailingStartPlugin;
import org.notegarden.commerce.fixtures.HangingPlugin;
import org.notegarden.commerce.fixtures.LibraryPlugin;
import org.notegarden.commerce.fixtures.OrderLogPlugin;
import org.notegarden.commerce.fixtures.ThrowingPlugin;
import org.notegarden.storefront.spi.Address;
import org.notegarden.storefront.spi.CartLine;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;
import org.notegarden.storefront.spi.ProductBadges;
import org.notegarden.storefront.spi.Promotion;
import org.notegarden.storefront.spi.StorefrontPlugin;

class PluginHostTest {
    @TempDir
    Path plugins;
    PluginHost host;
    TestGuards guards = new TestGuards();

    private static final PricingRequest REQUEST = new PricingRequest("shop", "EUR",
            List.of(new CartLine("sku", "p", "Tea", "food", 2, new Money(1000, "EUR"))),
            new Address("DE", "", "Berlin", "10115"), "SAVE", Instant.EPOCH);

    @BeforeEach
    void start() {
        Map<String, String> settings = Map.of("notegarden.plugin.coupons.basis-points", "2500",
                "notegarden.plugin.order-log.file", plugins.resolve("order-log.txt").toString());
        Function<String, org.notegarden.storefront.spi.PluginContext> contexts = id -> new HostPluginContext(id,
                key -> Optional.ofNullable(settings.get(key)), Clock.systemUTC());
        host = new PluginHost(plugins, guards.guard(Duration.ofMillis(500)), contexts, TestGuards.permissions(Map.of(
                // The order log writes a file; the library plugin looks for host classes by reflection.
                "order-log", EnumSet.of(Permission.FILES),
                "library", EnumSet.of(Permission.REFLECTION))));
    }

    @AfterEach
    void stop() {
        host.shutdown();
    }

    private Map<String, LoadedPlugin> byId(List<LoadedPlugin> loaded) {
        return loaded.stream().collect(Collectors.toMap(LoadedPlugin::id, p -> p));
    }

    @Test
    void loadsAPluginWithItsOwnConfiguration() throws Exception {
        TestPluginJars.build(plugins, "coupons", CouponPlugin.class, "coupons", "1.0", List.of());
        LoadedPlugin p = byId(host.reload()).get("coupons");
        assertEquals(PluginState.ACTIVE, p.state());
        assertEquals("1.2.3", p.version());
        var promos = host.extensions(StorefrontPlugin::promotions);
        assertEquals(1, promos.size());
        var discount = host.guard().call(p, "apply", () -> promos.get(0).extension().apply(REQUEST, REQUEST.subtotal()));
        assertEquals(new Money(-500, "EUR"), discount.get(0).amount(), "25 % from notegarden.plugin.coupons.basis-points");
        assertTrue(promos.get(0).extension().getClass().getClassLoader() instanceof PluginClassLoader);
    }

    @Test
    void pluginsBringTheirOwnLibrariesAndCannotSeeTheHost() throws Exception {
        Path ownVersion = TestLibraries.greeting(Files.createTempDirectory(plugins.getParent(), "lib"), "plugin 2.1");
        TestPluginJars.build(plugins, "library", LibraryPlugin.class, "library", "1.0", List.of(ownVersion));
        LoadedPlugin p = byId(host.reload()).get("library");
        assertEquals(PluginState.ACTIVE, p.state(), String.valueOf(p.reason()));
        ProductBadges badges = host.extensions(StorefrontPlugin::productBadges).get(0).extension();
        List<ProductBadges.Badge> seen = host.guard().call(p, "badges",
                () -> badges.badges(new ProductBadges.ProductInfo("p", "s", "food", new Money(1, "EUR"))));
        assertEquals("plugin 2.1", seen.get(0).label(), "the plugin sees its own version of the library");
        assertEquals("host 1.0", org.notegarden.commerce.fixtures.lib.Greeting.version(), "the host keeps its own");
        assertEquals("no", seen.get(1).label(), "host classes are invisible to plugins");
    }

    @Test
    void orderEventsReachEnabledListenersAndAFailingListenerIsContained() throws Exception {
        TestPluginJars.build(plugins, "order-log", OrderLogPlugin.class, "order-log", "1.1", List.of());
        LoadedPlugin p = byId(host.reload()).get("order-log");
        assertEquals(PluginState.ACTIVE, p.state(), String.valueOf(p.reason()));
        OrderEventFanout fanout = new OrderEventFanout(host);
        var paid = new org.notegarden.storefront.spi.OrderListener.OrderEvent("41", "7", "PAID", new Money(12245, "EUR"),
                Instant.EPOCH);
        assertEquals(Map.of("order-log", false), fanout.deliver(paid, plugin -> true, java.util.Set.of()),
                "one of its two listeners failed: the plugin did not take the event and will be asked again");
        assertEquals(Map.of(), fanout.deliver(paid, plugin -> false, java.util.Set.of()), "a shop that switched the plugin off is not told");
        assertEquals(Map.of(), fanout.deliver(paid, plugin -> true, java.util.Set.of("order-log")), "nor is a plugin that already took it");
        assertEquals("41:PAID:12245\n", Files.readString(plugins.resolve("order-log.txt")));
        assertTrue(p.lastError().contains("listener exploded on PAID"));
    }

    @Test
    void failingAndHangingCallsAreContainedAndRecorded() throws Exception {
        TestPluginJars.build(plugins, "thrower", ThrowingPlugin.class, "thrower", "1.0", List.of());
        TestPluginJars.build(plugins, "hanger", HangingPlugin.class, "hanger", "1.0", List.of());
        Map<String, LoadedPlugin> loaded = byId(host.reload());
        for (var ext : host.extensions(StorefrontPlugin::promotions)) {
            Promotion promo = ext.extension();
            PluginCallException e = assertThrows(PluginCallException.class,
                    () -> host.guard().call(ext.plugin(), "promotion " + promo.id(), () -> promo.apply(REQUEST, REQUEST.subtotal())));
            if (ext.plugin().id().equals("hanger")) {
                assertTrue(e.timedOut());
            } else {
                assertTrue(e.getMessage().contains("promotion exploded"));
            }
        }
        assertTrue(loaded.get("thrower").lastError().contains("IllegalStateException: promotion exploded"));
        assertTrue(loaded.get("hanger").lastError().contains("did not answer within 500 ms"));
        assertNotNull(loaded.get("hanger").lastErrorAt());
    }

    @Test
    void incompatibleOrBrokenPluginsAreRefusedWithAReason() throws Exception {
        TestPluginJars.build(plugins, "future-minor", CouponPlugin.class, "coupons", "1.9", List.of());
        TestPluginJars.build(plugins, "next-major", CouponPlugin.class, "coupons", "2.0", List.of());
        TestPluginJars.build(plugins, "no-manifest", CouponPlugin.class, null, null, List.of());
        TestPluginJars.build(plugins, "wrong-id", CouponPlugin.class, "other-id", "1.0", List.of());
        TestPluginJars.build(plugins, "bad-start", FailingStartPlugin.class, "bad-start", "1.0", List.of());
        Files.createDirectories(plugins.resolve("empty"));
        Map<String, LoadedPlugin> byFolder = host.reload().stream()
                .collect(Collectors.toMap(p -> p.folder().getFileName().toString(), p -> p));
        assertEquals(PluginState.REFUSED, byFolder.get("future-minor").state());
        assertTrue(byFolder.get("future-minor").reason().contains("built for SPI 1.9, this server offers " + org.notegarden.storefront.spi.SpiVersion.CURRENT));
        assertTrue(byFolder.get("next-major").reason().contains("SPI 2.0"));
        assertTrue(byFolder.get("no-manifest").reason().contains("no JAR declares"));
        assertEquals(PluginState.FAILED, byFolder.get("wrong-id").state());
        assertTrue(byFolder.get("wrong-id").reason().contains("no single StorefrontPlugin with id other-id"));
        assertEquals(PluginState.FAILED, byFolder.get("bad-start").state());
        assertTrue(byFolder.get("bad-start").reason().contains("missing api key"));
        assertEquals(PluginState.REFUSED, byFolder.get("empty").state());
        assertTrue(host.extensions(StorefrontPlugin::promotions).isEmpty(), "nothing broken is used");
    }

    @Test
    void reloadPicksUpNewAndRemovedPluginsWithoutRestart() throws Exception {
        assertTrue(host.reload().isEmpty());
        TestPluginJars.build(plugins, "coupons", CouponPlugin.class, "coupons", "1.0", List.of());
        assertEquals(1, host.reload().size());
        ClassLoader first = host.extensions(StorefrontPlugin::promotions).get(0).extension().getClass().getClassLoader();
        assertEquals(1, host.reload().size());
        ClassLoader second = host.extensions(StorefrontPlugin::promotions).get(0).extension().getClass().getClassLoader();
        assertTrue(first != second, "a reload creates a fresh class loader");
        try (var files = Files.walk(plugins.resolve("coupons"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        assertTrue(host.reload().isEmpty());
    }
}
