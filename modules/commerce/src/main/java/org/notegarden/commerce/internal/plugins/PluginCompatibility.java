package org.notegarden.commerce.internal.plugins;

import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import org.notegarden.storefront.spi.SpiVersion;

/**
 * Reads a plugin JAR's manifest and says whether this host accepts it, and if not, why, in
 * words an admin can act on. Required attributes: {@code Notegarden-Plugin-Id},
 * {@code Notegarden-Plugin-Version} and {@code Notegarden-Spi-Version}.
 */
public final class PluginCompatibility {
    public static final String ID = "Notegarden-Plugin-Id";
    public static final String VERSION = "Notegarden-Plugin-Version";
    public static final String SPI_VERSION = "Notegarden-Spi-Version";
    private static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{1,62}");

    private PluginCompatibility() {
    }

    /** What the manifest declares, once it is known to be acceptable. */
    public record Declaration(String id, String version, SpiVersion builtFor) {
    }

    /**
     * @return the declaration, or the reason for refusal as {@code Optional.empty()} plus message
     */
    public static Verdict check(Manifest manifest, SpiVersion host) {
        Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
        String id = main.getValue(ID);
        String version = main.getValue(VERSION);
        String spi = main.getValue(SPI_VERSION);
        if (id == null || version == null || spi == null) {
            return Verdict.refused("manifest must declare " + ID + ", " + VERSION + " and " + SPI_VERSION);
        }
        if (!PLUGIN_ID.matcher(id).matches()) {
            return Verdict.refused("plugin id '" + id + "' must be lower case letters, digits and dashes");
        }
        SpiVersion builtFor;
        try {
            builtFor = SpiVersion.parse(spi);
        } catch (IllegalArgumentException e) {
            return Verdict.refused(SPI_VERSION + ": " + e.getMessage());
        }
        if (!host.canHost(builtFor)) {
            return Verdict.refused("built for SPI " + builtFor + ", this server offers " + host
                    + " (needs the same major version and a minor no newer)");
        }
        return new Verdict(Optional.of(new Declaration(id, version, builtFor)), null);
    }

    /** Either a declaration or a reason. */
    public record Verdict(Optional<Declaration> accepted, String reason) {
        static Verdict refused(String reason) {
            return new Verdict(Optional.empty(), reason);
        }
    }
}
