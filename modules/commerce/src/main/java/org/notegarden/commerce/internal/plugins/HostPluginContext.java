package org.notegarden.commerce.internal.plugins;

import java.text.NumberFormat;
import java.time.Clock;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PluginContext;
import org.notegarden.storefront.spi.PluginHttp;

/** What one plugin gets from the host: its own configuration scope, the clock, a named logger. */
final class HostPluginContext implements PluginContext {
    private final String pluginId;
    private final Function<String, Optional<String>> settings;
    private final Clock clock;
    private final Set<String> allowedHosts;
    private final PluginHttp http;

    /** @param settings looks up a full configuration key, e.g. {@code notegarden.plugin.x.rate} */
    HostPluginContext(String pluginId, Function<String, Optional<String>> settings, Clock clock) {
        this(pluginId, settings, clock, Set.of());
    }

    /** @param allowedHosts the hosts (or host:port) the operator allowed for {@link #http()} */
    HostPluginContext(String pluginId, Function<String, Optional<String>> settings, Clock clock, Set<String> allowedHosts) {
        this.pluginId = pluginId;
        this.settings = settings;
        this.clock = clock;
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.http = new HostCheckedHttp(pluginId, this.allowedHosts);
    }

    /** What the admin list shows next to the plugin's permissions: {@code network:<host>} per allowed host. */
    java.util.List<String> hostAllowances() {
        return allowedHosts.stream().sorted().map(h -> "network:" + h).toList();
    }

    @Override
    public PluginHttp http() {
        return http;
    }

    @Override
    public Optional<String> config(String key) {
        return settings.apply("notegarden.plugin." + pluginId + "." + key);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("notegarden.plugin." + pluginId);
    }

    @Override
    public String format(Money money, Locale locale) {
        Currency currency = Currency.getInstance(money.currency());
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return format.format(java.math.BigDecimal.valueOf(money.minor(), digits));
    }
}
