package org.notegarden.storefront.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The SPI is released on its own: its artifact version is what partners put in their POMs, and
 * the POM installed with it has no parent (the parent is never published), so it resolves alone.
 */
class SpiReleaseTest {
    @Test
    void theArtifactVersionIsTheSpiVersion() {
        String release = System.getProperty("spi.release");
        assertTrue(release.matches("\\d+\\.\\d+\\.\\d+"), "a release version, not a snapshot: " + release);
        assertEquals(SpiVersion.CURRENT, SpiVersion.parse(release), "major.minor of the artifact is SpiVersion.CURRENT");
    }

    @Test
    void theInstalledPomStandsAlone() throws Exception {
        String pom = Files.readString(Path.of(System.getProperty("spi.flattened-pom")));
        assertFalse(pom.contains("<parent>"), "no parent to resolve: " + pom);
        assertTrue(pom.contains("<groupId>org.notegarden</groupId>") && pom.contains("<artifactId>notegarden-storefront-spi</artifactId>")
                && pom.contains("<version>" + System.getProperty("spi.release") + "</version>"), pom);
        assertFalse(pom.contains("<dependency>") && !pom.contains("<scope>test</scope>"), "no run-time dependencies: " + pom);
    }
}
