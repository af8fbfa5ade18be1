package org.notegarden.commerce.internal.plugins;

import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.notegarden.commerce.internal.plugins.verify.Permission;

/**
 * Reads what an operator allows one plugin ({@code notegarden.plugins.permissions.<id>}, a comma
 * list such as {@code network:pay.example.com,files}): {@code network:<host>} allows HTTP to that
 * host only, through the host ({@code PluginContext.http()}); {@code network} alone allows the
 * whole network to the plugin's own code. Unknown names and permissions no configuration may grant
 * (exit, class loaders, host internals, unsafe, native) are ignored with a warning, so a typo
 * never widens what a plugin may do.
 */
final class PluginPermissions {
    private static final Logger LOG = Logger.getLogger(PluginPermissions.class.getName());

    /** {@code network:<host>} allows HTTP through the host to that one host (or {@code host:port}). */
    static final String NETWORK_TO = "network:";

    private PluginPermissions() {
    }

    /** The hosts named as {@code network:<host>} in the list, lower case. */
    static Set<String> hosts(String list) {
        Set<String> hosts = new java.util.TreeSet<>();
        for (String name : list.split(",")) {
            String n = name.strip().toLowerCase(java.util.Locale.ROOT);
            if (n.startsWith(NETWORK_TO) && n.length() > NETWORK_TO.length()) {
                hosts.add(n.substring(NETWORK_TO.length()));
            }
        }
        return hosts;
    }

    static Set<Permission> parse(String pluginId, String list) {
        Set<Permission> allowed = EnumSet.noneOf(Permission.class);
        for (String name : list.split(",")) {
            if (name.isBlank() || name.strip().startsWith(NETWORK_TO)) {
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
