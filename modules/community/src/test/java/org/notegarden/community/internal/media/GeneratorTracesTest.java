package org.notegarden.community.internal.media;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTracesTest {
    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        Path f = dir.resolve("upload");
        Files.write(f, ("\u0089PNG....IHDR...." + content + "....IEND").getBytes(StandardCharsets.ISO_8859_1));
        return f;
    }

    @Test
    void aStableDiffusionParametersChunkIsATrace() throws Exception {
        assertTrue(GenerativeMetadata.bearsGeneratorTraces(file("tEXtparameters\u0000a cat, Steps: 20")));
        assertTrue(GenerativeMetadata.bearsGeneratorTraces(file("Software\u0000Midjourney v6")));
    }

    @Test
    void theWordParametersInOrdinaryTextIsNot() throws Exception {
        assertFalse(GenerativeMetadata.bearsGeneratorTraces(file("tEXtComment\u0000camera parameters: f/2.8")));
    }
}
