package org.notegarden.commerce.internal.plugins;

import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.notegarden.commerce.internal.plugins.verify.Permission;

/**
 * Reads what an operator allows one plugin ({@code notegarden.plugins.permissions.<id>}, a comma
 * list such as {@code network,files}). Unknown names and permissions no configuration may grant
 * (exit, class loaders, host internals, unsafe, native) are ignored with a warning, so a typo
 * never widens what a plugin may do.
 */
final class PluginPermissions {
    private static final Logger LOG = Logger.getLogger(PluginPermissions.class.getName());

    private PluginPermissions() {
    }

    static Set<Permission> parse(String pluginId, String list) {
        Set<Permission> allowed = EnumSet.noneOf(Permission.class);
        for (String name : list.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Permission p = Permission.byConfigName(name).orElse(null);
            if (p == null || !p.allowable()) {
                LOG.warning(() -> "plugin " + pluginId + ": permission '" + name.strip() + "' "
                        + (p == null ? "does not exist" : "can never be allowed") + "; ignored");
                continue;
            }
            allowed.add(p);
        }
        return allowed;
    }
}
