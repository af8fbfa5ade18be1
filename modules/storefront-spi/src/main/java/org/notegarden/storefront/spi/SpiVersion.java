package org.notegarden.storefront.spi;

import java.util.Objects;

/**
 * A semantic version of this SPI ({@code major.minor}). The host accepts a plugin built for
 * the same major version and a minor version no newer than its own: minor versions only add
 * default methods, so older plugins keep working, while a plugin built for a newer minor may
 * call what this host does not have.
 *
 * @param major incremented for incompatible changes
 * @param minor incremented for additions
 */
public record SpiVersion(int major, int minor) implements Comparable<SpiVersion> {
    /** The version of the SPI in this JAR. */
    public static final SpiVersion CURRENT = new SpiVersion(1, 4);

    public SpiVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("version parts must not be negative");
        }
    }

    /**
     * Parses {@code "1.2"} (a third, patch part such as {@code "1.2.3"} is allowed and ignored).
     *
     * @throws IllegalArgumentException with a readable reason when the text is not a version
     */
    public static SpiVersion parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.trim().split("\\.");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("'" + text + "' is not a version like 1.0");
        }
        try {
            return new SpiVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a version like 1.0", e);
        }
    }

    /** Whether a host offering this version can run a plugin built for {@code builtFor}. */
    public boolean canHost(SpiVersion builtFor) {
        return builtFor.major == major && builtFor.minor <= minor;
    }

    @Override
    public int compareTo(SpiVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
