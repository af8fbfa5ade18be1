package org.notegarden.commerce.internal.plugins;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.notegarden.platform.api.EnumValues;

/**
 * Admins see every plugin folder's state and last error, and reload the folder without redeploying
 * (on every node of a cluster: {@link StorefrontPlugins#reloadBy}).
 */
@RequestScoped
@Path("admin/plugins")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class PluginsResource {
    CallerContext caller;
    StorefrontPlugins plugins;

    @Inject
    public PluginsResource(CallerContext caller, StorefrontPlugins plugins) {
        this.caller = caller;
        this.plugins = plugins;
    }

    /** For the CDI container's proxy only. */
    protected PluginsResource() {
    }

    /**
     * One plugin folder for the admin: what it is, its state (ACTIVE, DEGRADED, REFUSED, FAILED)
     * and why, what the operator allowed it, its threads and the last incident.
     */
    public record PluginView(String id, String displayName, String vendor, String version, String spiVersion,
                             @EnumValues(PluginState.class) String state, String reason, List<String> permissions, int threads, int hungThreads,
                             String folder, String lastError, Instant lastErrorAt,
                             /** When the node that answers last loaded the plugins folder (a reload anywhere reloads every node). */
                             Instant loadedAt) {
        static PluginView of(LoadedPlugin p, Instant loadedAt) {
            LoadedPlugin.Description d = p.description();
            return new PluginView(p.id(), d.displayName(), d.vendor(), p.version(), p.spiVersion(), p.state().name(),
                    p.reason(), d.permissions(), p.threads(), p.hungThreads(), p.folder().getFileName().toString(),
                    p.lastError(), p.lastErrorAt(), loadedAt);
        }
    }


    @GET
    public List<PluginView> list() {
        caller.requireRole(Role.ADMIN);
        return plugins.host().plugins().stream().map(p -> PluginView.of(p, plugins.loadedAt())).toList();
    }

    @POST
    @Path("reload")
    public List<PluginView> reload() {
        long admin = caller.requireRole(Role.ADMIN).accountId();
        return plugins.reloadBy(admin).stream().map(p -> PluginView.of(p, plugins.loadedAt())).toList();
    }
}
