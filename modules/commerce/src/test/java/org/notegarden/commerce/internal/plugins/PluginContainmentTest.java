package org.notegarden.commerce.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegarden.commerce.fixtures.CouponPlugin;
import org.notegarden.commerce.fixtures.ExitingPlugin;
import org.notegarden.commerce.fixtures.FileReadingPlugin;
import org.notegarden.commerce.fixtures.FlatShippingAndTaxPlugin;
import org.notegarden.commerce.fixtures.HostReachingPlugin;
import org.notegarden.commerce.fixtures.MethodReferenceExitPlugin;
import org.notegarden.commerce.fixtures.StubbornPlugin;
import org.notegarden.commerce.fixtures.ThrowingPlugin;
import org.notegarden.commerce.internal.plugins.verify.Permission;
import org.notegarden.commerce.internal.pricing.PricingPipeline;
import org.notegarden.storefront.spi.Address;
import org.notegarden.storefront.spi.CartLine;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;
import org.notegarden.storefront.spi.StorefrontPlugin;

/**
 * The misbehaving partner plugins of the containment issue, each built as a plugin JAR: the
 * verifier refuses what must never load, and the guard contains what loads but misbehaves.
 */
class PluginContainmentTest {
    @TempDir
    Path plugins;
    private final TestGuards guards = new TestGuards();
    private PluginHost host;

    private static final PricingRequest REQUEST = new PricingRequest("shop", "EUR",
            List.of(new CartLine("sku", "p", "Tea", "food", 1, new Money(1000, "EUR"))),
            new Address("DE", "", "Berlin", "10115"), null, Instant.EPOCH);

    @AfterEach
    void stop() {
        if (host != null) {
            host.shutdown();
        }
    }

    private Map<String, LoadedPlugin> load(PluginGuard guard, Map<String, Set<Permission>> allowed) {
        host = new PluginHost(plugins, guard, id -> new TestContexts().of(id), TestGuards.permissions(allowed));
        return host.reload().stream().collect(Collectors.toMap(p -> p.folder().getFileName().toString(), Function.identity()));
    }

    @Test
    void theVerifierRefusesExitFilesAndReachingIntoTheHostNamingClassMethodAndCall() throws Exception {
        TestPluginJars.build(plugins, "exiter", ExitingPlugin.class, "exiter", "1.0", List.of());
        TestPluginJars.build(plugins, "snooper", FileReadingPlugin.class, "snooper", "1.0", List.of());
        TestPluginJars.build(plugins, "climber", HostReachingPlugin.class, "climber", "1.0", List.of());
        TestPluginJars.build(plugins, "sneaky-exit", MethodReferenceExitPlugin.class, "sneaky-exit", "1.0", List.of());
        TestPluginJars.build(plugins, "coupons", CouponPlugin.class, "coupons", "1.0", List.of());
        Map<String, LoadedPlugin> loaded = load(guards.guard(Duration.ofMillis(500)), Map.of());

        assertRefused(loaded.get("exiter"), "calls java.lang.System.exit in org.notegarden.commerce.fixtures.ExitingPlugin$1.apply");
        assertRefused(loaded.get("snooper"), "calls java.nio.file.Path.of in org.notegarden.commerce.fixtures.FileReadingPlugin$1.badges");
        assertRefused(loaded.get("climber"), "calls java.lang.Class.getClassLoader in org.notegarden.commerce.fixtures.HostReachingPlugin.start");
        assertRefused(loaded.get("sneaky-exit"), "calls java.lang.System.exit in org.notegarden.commerce.fixtures.MethodReferenceExitPlugin.start");
        assertEquals(PluginState.ACTIVE, loaded.get("coupons").state(), "a well-behaved plugin beside them loads");
        assertEquals(List.of("coupons"), host.extensions(StorefrontPlugin::promotions).stream().map(e -> e.plugin().id()).toList(),
                "nothing of a refused plugin is offered");
    }

    private static void assertRefused(LoadedPlugin p, String expected) {
        assertEquals(PluginState.REFUSED, p.state(), p.id() + ": " + p.reason());
        assertTrue(p.reason().contains(expected), p.reason());
    }

    @Test
    void anOperatorMayAllowFilesToOnePluginButNeverExitOrClassLoaders() throws Exception {
        TestPluginJars.build(plugins, "snooper", FileReadingPlugin.class, "snooper", "1.0", List.of());
        TestPluginJars.build(plugins, "climber", HostReachingPlugin.class, "climber", "1.0", List.of());
        Map<String, LoadedPlugin> loaded = load(guards.guard(Duration.ofMillis(500)), Map.of(
                "snooper", EnumSet.of(Permission.FILES), "climber", EnumSet.allOf(Permission.class)));
        assertEquals(PluginState.ACTIVE, loaded.get("snooper").state(), loaded.get("snooper").reason());
        assertEquals(List.of("files"), loaded.get("snooper").description().permissions(), "the allowance is visible");
        assertEquals(PluginState.REFUSED, loaded.get("climber").state(), "class loaders can never be allowed");
        assertEquals(Set.of(), PluginPermissions.parse("x", "exit, class-loaders, host-internals, teleport"),
                "configuration cannot grant what may never be granted, and typos grant nothing");
        assertEquals(EnumSet.of(Permission.NETWORK, Permission.FILES), PluginPermissions.parse("x", " network ,files"));
    }

    @Test
    void aPluginThatNeverReturnsHoldsAtMostItsOwnThreadsOver200Calls() throws Exception {
        TestPluginJars.build(plugins, "stubborn", StubbornPlugin.class, "stubborn", "1.0", List.of());
        // A breaker that never opens, so every one of the 200 calls really tries the plugin's threads.
        LoadedPlugin stubborn = load(guards.guard(Duration.ofMillis(20), 4, 16, Integer.MAX_VALUE, Duration.ofSeconds(30)), Map.of())
                .get("stubborn");
        var promo = host.extensions(StorefrontPlugin::promotions).get(0).extension();
        int refusedAtOnce = 0;
        for (int i = 0; i < 200; i++) {
            PluginCallException e = assertThrows(PluginCallException.class,
                    () -> host.guard().call(stubborn, "promotion", () -> promo.apply(REQUEST, REQUEST.subtotal())));
            refusedAtOnce += e.getMessage().contains("threads are busy") ? 1 : 0;
        }
        assertTrue(stubborn.threads() <= 4, "threads: " + stubborn.threads());
        assertTrue(refusedAtOnce >= 180, "once its 4 threads hang and 16 queued calls timed out, calls fail fast: " + refusedAtOnce);
        assertEquals(4, stubborn.hungThreads(), "the hung threads are counted");
        assertEquals(4, stubbornThreadsAlive());

        host.shutdown();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (stubbornThreadsAlive() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(0, stubbornThreadsAlive(), "unloading the plugin ends even threads that ignore interrupts");
    }

    private static long stubbornThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("plugin-stubborn-") && t.isAlive())
                .count();
    }

    @Test
    void repeatedFailuresOpenTheCircuitWhichHalfOpensLaterAndIsReported() throws Exception {
        TestPluginJars.build(plugins, "thrower", ThrowingPlugin.class, "thrower", "1.0", List.of());
        LoadedPlugin thrower = load(guards.guard(Duration.ofMillis(500), 4, 16, 3, Duration.ofSeconds(2)), Map.of()).get("thrower");
        var promo = host.extensions(StorefrontPlugin::promotions).get(0).extension();
        for (int i = 0; i < 3; i++) {
            assertThrows(PluginCallException.class, () -> host.guard().call(thrower, "promotion", () -> promo.apply(REQUEST, REQUEST.subtotal())));
        }
        assertEquals(PluginState.DEGRADED, thrower.state());
        PluginCallException fast = assertThrows(PluginCallException.class,
                () -> host.guard().call(thrower, "promotion", () -> promo.apply(REQUEST, REQUEST.subtotal())));
        assertTrue(fast.getMessage().contains("circuit open"), fast.getMessage());
        assertEquals(List.of("thrower CLOSED->OPEN"), guards.breakerEvents);

        // Wide margins both ways, so a slow machine cannot reach the half-open state early.
        long until = System.nanoTime() + Duration.ofMillis(2100).toNanos();
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertThrows(PluginCallException.class, () -> host.guard().call(thrower, "promotion", () -> promo.apply(REQUEST, REQUEST.subtotal())));
        assertEquals(List.of("thrower CLOSED->OPEN", "thrower OPEN->HALF_OPEN", "thrower HALF_OPEN->OPEN"), guards.breakerEvents,
                "after the pause one trial call goes through; its failure opens the circuit again");
    }

    /**
     * Checkout asks for the extension lists before it calls a promotion. When each asking was a
     * successful call into the plugin, it reset the breaker's count of failures in a row between
     * two failures of the promotion, so a promotion that failed at every checkout never opened its
     * circuit. The lists are now read once and kept.
     */
    @Test
    void aPromotionFailingAtEveryCheckoutOpensItsCircuit() throws Exception {
        TestPluginJars.build(plugins, "thrower", ThrowingPlugin.class, "thrower", "1.0", List.of());
        TestPluginJars.build(plugins, "flat", FlatShippingAndTaxPlugin.class, "flat", "1.0", List.of());
        LoadedPlugin thrower = load(guards.guard(Duration.ofMillis(500), 4, 16, 3, Duration.ofSeconds(30)), Map.of()).get("thrower");
        PricingPipeline pricing = new PricingPipeline(host);
        for (int checkout = 1; checkout <= 3; checkout++) {
            assertEquals(1, pricing.price(REQUEST, p -> true).skipped().size(), "the promotion is skipped, the checkout goes on");
        }
        assertEquals(PluginState.DEGRADED, thrower.state(), "three checkouts, three failures of the promotion in a row");
        assertEquals(List.of("thrower CLOSED->OPEN"), guards.breakerEvents);
    }

    @Test
    void extensionListsAreReadOnceAndKeptWhileThePluginIsLoaded() throws Exception {
        TestPluginJars.build(plugins, "thrower", ThrowingPlugin.class, "thrower", "1.0", List.of());
        load(guards.guard(Duration.ofMillis(500)), Map.of());
        var first = host.extensions(StorefrontPlugin::promotions);
        var again = host.extensions(StorefrontPlugin::promotions);
        assertEquals(1, first.size());
        // The fixture makes a new promotion object at every call of its getter.
        assertSame(first.get(0).extension(), again.get(0).extension(), "the getter was not called again");
        assertEquals(List.of(), host.extensions(StorefrontPlugin::shippingRates), "a list the plugin leaves empty stays empty");
        host.reload();
        assertEquals(1, host.extensions(StorefrontPlugin::promotions).size(), "a reloaded plugin is read afresh");
    }
}
