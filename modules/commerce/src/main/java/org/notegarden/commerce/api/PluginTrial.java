package org.notegarden.commerce.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.notegarden.commerce.internal.plugins.LoadedPlugin;
import org.notegarden.commerce.internal.plugins.PluginHost;
import org.notegarden.commerce.internal.plugins.StandaloneHost;
import org.notegarden.commerce.internal.pricing.PriceBreakdown;
import org.notegarden.commerce.internal.pricing.PricingPipeline;
import org.notegarden.storefront.spi.Adjustment;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;

/**
 * A partner's plugin JAR run through this host's real loader, bytecode verification, guard and
 * pricing pipeline, without a server: what the plugin test kit is built on. The JAR is put in a
 * plugins folder of its own, loaded as the server would load it, and priced as a checkout would
 * price a cart with only this plugin enabled.
 */
public final class PluginTrial implements AutoCloseable {
    private final Path directory;
    private final PluginHost host;
    private final LoadedPlugin plugin;

    /** The price of a sample cart: every step from the subtotal to the total, and what was skipped. */
    public record Priced(Money subtotal, List<Adjustment> discounts, Adjustment shipping, List<Adjustment> taxes,
                         Money total, List<String> skipped) {
    }

    private PluginTrial(Path directory, PluginHost host, LoadedPlugin plugin) {
        this.directory = directory;
        this.host = host;
        this.plugin = plugin;
    }

    /**
     * Loads a plugin JAR as the server would, each companion JAR as a plugin of its own (a
     * promotion or tax plugin is priced with a shipping plugin, as a real cart is).
     *
     * @param config configuration as the operator would give it, full keys:
     *               {@code notegarden.plugin.<id>.<key>}, {@code notegarden.plugins.permissions.<id>}
     */
    public static PluginTrial load(Path jar, Map<String, String> config, Path... companions) {
        try {
            Path directory = Files.createTempDirectory("notegarden-plugin-trial");
            Files.copy(jar, Files.createDirectory(directory.resolve("subject")).resolve(jar.getFileName()));
            for (int i = 0; i < companions.length; i++) {
                Files.copy(companions[i], Files.createDirectory(directory.resolve("companion-" + i)).resolve(companions[i].getFileName()));
            }
            PluginHost host = StandaloneHost.open(directory, Map.copyOf(config), Clock.systemUTC());
            LoadedPlugin subject = host.reload().stream().filter(p -> p.folder().getFileName().toString().equals("subject"))
                    .findFirst().orElseThrow();
            return new PluginTrial(directory, host, subject);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id the plugin declared, or the folder's name when it could not be read. */
    public String pluginId() {
        return plugin.id();
    }

    /** ACTIVE when the host runs the plugin; REFUSED or FAILED otherwise, with {@link #reason()}. */
    public String state() {
        return plugin.state().name();
    }

    /** Why the plugin is not running (the class, method and call a refusal names), or null. */
    public String reason() {
        return plugin.reason();
    }

    /**
     * Prices a cart through the pipeline (promotions, shipping, tax) with this plugin and its
     * companions enabled. Throws as a checkout would fail: no shipping rate for the address, or a
     * shipping or tax step that failed.
     */
    public Priced price(PricingRequest request) {
        PriceBreakdown b = new PricingPipeline(host).price(request, p -> true);
        return new Priced(b.subtotal(), b.discounts(), b.shipping(), b.taxes(), b.total(), b.skipped());
    }

    /** The last error the plugin's calls raised (a timeout, an exception), as the admin list shows it. */
    public String lastError() {
        return plugin.lastError();
    }

    @Override
    public void close() {
        host.shutdown();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
