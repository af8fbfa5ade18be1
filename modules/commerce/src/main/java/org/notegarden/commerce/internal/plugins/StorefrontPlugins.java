package org.notegarden.commerce.internal.plugins;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.compliance.api.AuditLog;
import org.notegarden.platform.api.GracefulStop;

/**
 * The application's plugin host: loads the plugins directory ({@code notegarden.plugins.dir},
 * default {@code ./config/plugins}) when the application starts, and on an admin's reload.
 * Plugin settings come from MicroProfile Config as {@code notegarden.plugin.<id>.<key>}; every
 * call is bounded by {@code notegarden.plugins.call-timeout-ms} (default 3000) and runs on at most
 * {@code notegarden.plugins.threads-per-plugin} (8) threads of that plugin's own, with
 * {@code notegarden.plugins.queue-per-plugin} (64) calls waiting at most; after
 * {@code notegarden.plugins.breaker.failures} (5) failures in a row its circuit opens for
 * {@code notegarden.plugins.breaker.open-seconds} (30). What a plugin's bytecode may do beyond
 * the default is allowed per plugin as {@code notegarden.plugins.permissions.<id>=network,files}.
 */
@ApplicationScoped
public class StorefrontPlugins {
    private static final Logger LOG = Logger.getLogger(StorefrontPlugins.class.getName());

    AuditLog audit;
    String directory;
    long timeoutMillis;
    int threadsPerPlugin;
    int queuePerPlugin;
    int breakerFailures;
    long breakerOpenSeconds;
    Config config;
    PluginIncidents incidents;
    Clock clock;
    PluginReloads reloads;

    @Inject
    public StorefrontPlugins(AuditLog audit, @ConfigProperty(name = "notegarden.plugins.dir",
            defaultValue = "./config/plugins") String directory,
                    @ConfigProperty(name = "notegarden.plugins.call-timeout-ms",
                            defaultValue = "3000") long timeoutMillis,
                                    @ConfigProperty(name = "notegarden.plugins.threads-per-plugin",
                                            defaultValue = "8") int threadsPerPlugin,
                                                    @ConfigProperty(name = "notegarden.plugins.queue-per-plugin",
                                                            defaultValue = "64") int queuePerPlugin,
                                                                    @ConfigProperty(name = "notegarden.plugins.breaker.failures", defaultValue = "5") int breakerFailures, @ConfigProperty(name = "notegarden.plugins.breaker.open-seconds", defaultValue = "30") long breakerOpenSeconds, Config config, PluginIncidents incidents, Clock clock,
                    PluginReloads reloads) {
        this.audit = audit;
        this.directory = directory;
        this.timeoutMillis = timeoutMillis;
        this.threadsPerPlugin = threadsPerPlugin;
        this.queuePerPlugin = queuePerPlugin;
        this.breakerFailures = breakerFailures;
        this.breakerOpenSeconds = breakerOpenSeconds;
        this.config = config;
        this.incidents = incidents;
        this.clock = clock;
        this.reloads = reloads;
    }

    /** For the CDI container's proxy only. */
    protected StorefrontPlugins() {
    }
    @Resource
    ManagedThreadFactory threads;

    private PluginHost host;
    /** The cluster's plugin generation this node's folder was last loaded at. */
    private volatile long loadedGeneration;
    /** When this node last loaded its plugin folder. */
    private volatile Instant loadedAt;
    private ScheduledExecutorService follower;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        host();
        follower = new ScheduledThreadPoolExecutor(1, threads);
        follower.scheduleWithFixedDelay(this::followOtherNodesQuietly, 2, 2, TimeUnit.SECONDS);
    }

    /** Another node's admin reloaded the plugins: this node reloads its folder too. */
    private void followOtherNodesQuietly() {
        try {
            long generation = reloads.generation();
            if (generation > loadedGeneration) {
                loadedGeneration = generation;
                List<LoadedPlugin> now = reload();
                LOG.info(() -> "Storefront plugins reloaded (generation " + generation + ", a reload on another node): "
                        + now.stream().map(p -> p.id() + "=" + p.state()).toList());
            }
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "could not check for plugin reloads on other nodes; trying again", e);
        }
    }

    /** When this node last loaded its plugin folder (null before the first load). */
    public Instant loadedAt() {
        return loadedAt;
    }

    /** The host if the plugins are loaded already; never loads them. */
    public synchronized Optional<PluginHost> loaded() {
        return Optional.ofNullable(host);
    }

    /** The host, loading the plugins on first use. */
    public synchronized PluginHost host() {
        if (host == null) {
            PluginGuard.Limits limits = new PluginGuard.Limits(Duration.ofMillis(timeoutMillis), threadsPerPlugin,
                    queuePerPlugin, breakerFailures, Duration.ofSeconds(breakerOpenSeconds));
            host = new PluginHost(Path.of(directory), new PluginGuard(threads, limits, clock, incidents::breakerChanged),
                    id -> new HostPluginContext(id, key -> config.getOptionalValue(key, String.class), clock,
                            PluginPermissions.hosts(permissionList(id))),
                    id -> PluginPermissions.parse(id, permissionList(id)));
            loadedGeneration = reloads.generation();
            List<LoadedPlugin> loaded = host.reload();
            loadedAt = clock.instant();
            LOG.info(() -> "Storefront plugins from " + Path.of(directory).toAbsolutePath() + ": "
                    + loaded.stream().map(p -> p.id() + "=" + p.state()).toList());
        }
        return host;
    }

    private String permissionList(String pluginId) {
        return config.getOptionalValue("notegarden.plugins.permissions." + pluginId, String.class).orElse("");
    }

    /** Order events to the plugins' order listeners. */
    public OrderEventFanout orderEvents() {
        return new OrderEventFanout(host());
    }

    public List<LoadedPlugin> reload() {
        List<LoadedPlugin> now = host().reload();
        loadedAt = clock.instant();
        return now;
    }

    /**
     * An admin's reload of the plugins folder, with its line in the audit log; the generation it
     * counts up makes every other node reload within two seconds.
     */
    @Transactional
    public List<LoadedPlugin> reloadBy(long adminId) {
        loadedGeneration = reloads.next(clock.instant());
        List<LoadedPlugin> now = reload();
        audit.record(adminId, "plugins.reloaded", "plugins", now.size() + " plugin folder(s) after reload");
        return now;
    }

    @PreDestroy
    synchronized void shutdown() {
        GracefulStop.stop(follower);
        if (host != null) {
            host.shutdown();
        }
    }
}
