package org.notegarden.commerce.internal.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.commerce.internal.plugins.LoadedPlugin;
import org.notegarden.commerce.internal.plugins.StorefrontPlugins;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Problems;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A merchant switches the installed plugins on or off for their own shop. */
@RequestScoped
@Path("shops/mine/plugins")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class ShopPluginsResource {
    CallerContext caller;
    ShopService shops;
    ShopPlugins choices;
    StorefrontPlugins plugins;

    @Inject
    public ShopPluginsResource(CallerContext caller, ShopService shops, ShopPlugins choices, StorefrontPlugins plugins) {
        this.caller = caller;
        this.shops = shops;
        this.choices = choices;
        this.plugins = plugins;
    }

    /** For the CDI container's proxy only. */
    protected ShopPluginsResource() {
    }

    public static class Choice {
        public Boolean enabled;
    }

    public record PluginChoice(String id, String version, boolean enabled) {
    }

    @GET
    public List<PluginChoice> list() {
        return view(myShop());
    }

    @PUT
    @Path("{pluginId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<PluginChoice> set(@PathParam("pluginId") String pluginId, Choice choice) {
        Shop shop = myShop();
        if (choice == null || choice.enabled == null) {
            throw Problems.invalid("enabled", CommerceMessages.IS_REQUIRED_TRUE_OR_FALSE);
        }
        boolean installed = plugins.host().plugins().stream()
                .anyMatch(p -> p.running() && p.id().equals(pluginId));
        if (!installed) {
            throw Problems.notFound("pluginId", CommerceMessages.PLUGIN_N_DOES_NOT_EXIST, pluginId);
        }
        choices.set(shop.getId(), pluginId, choice.enabled);
        return view(shop);
    }

    private Shop myShop() {
        Shop shop = shops.byOwner(caller.require().accountId())
                .orElseThrow(() -> Problems.notFound("shop", CommerceMessages.YOUR_SHOP_DOES_NOT_EXIST));
        if (shop.getStatus() != Shop.Status.APPROVED) {
            throw Problems.forbidden(CommerceMessages.YOUR_SHOP_IS_NOT_APPROVED_YET);
        }
        return shop;
    }

    private List<PluginChoice> view(Shop shop) {
        Set<String> off = choices.disabledAsStored(shop.getId());
        return plugins.host().plugins().stream().filter(LoadedPlugin::running)
                .map((LoadedPlugin p) -> new PluginChoice(p.id(), p.version(), !off.contains(p.id()))).toList();
    }
}
