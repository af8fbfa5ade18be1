package org.notegarden.app.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The WAR's code opens the files it ships (dictionaries, IP tables, word lists) through
 * platform's {@code BundledFiles}, never through a class loader's resource lookup: Payara's
 * web-application class loader keeps a copy of every resource it reads for the application's
 * life, which held 50 MB of the heap (see BundledFiles).
 */
class BundledFilesTest {
    private static final Path MODULES = Path.of("..");
    private static final Pattern RESOURCE_LOOKUP = Pattern.compile("\\.getResource(AsStream)?\\(|\\.getResources\\(");
    private static final Path ALLOWED = Path.of("platform", "src", "main", "java", "org", "notegarden", "platform", "api", "BundledFiles.java");

    @Test
    void mainCodeReadsItsFilesThroughBundledFiles() throws IOException {
        assertTrue(Files.isRegularFile(MODULES.resolve(ALLOWED)), "run from the app module");
        List<String> offenders = SourcesMatching.under(MODULES, f -> {
            Path relative = MODULES.relativize(f);
            return relative.toString().contains("/src/main/java/") && !relative.startsWith(Path.of("plugins")) && !relative.equals(ALLOWED);
        }, RESOURCE_LOOKUP);
        assertEquals(List.of(), offenders, "open bundled files with org.notegarden.platform.api.BundledFiles.open");
    }
}
