package org.notegarden.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    @AfterEach
    void clear() {
        System.clearProperty(DataDirectory.PROPERTY);
    }

    @Test
    void everyPlaceUnderItMovesWithTheSetting(@TempDir Path dir) {
        System.setProperty(DataDirectory.PROPERTY, dir.toString());
        assertEquals(dir.toString(), DataDirectory.configured());
        assertEquals(dir.toAbsolutePath().normalize().resolve("index"), DataDirectory.resolve("index"));
        assertEquals(dir.toAbsolutePath().normalize().resolve("exports"), DataDirectory.resolve("exports"));
    }

    @Test
    void unsetItIsDataInTheWorkingDirectory() {
        assertEquals("./data", DataDirectory.configured());
        Path index = DataDirectory.resolve("index");
        assertTrue(index.isAbsolute());
        assertEquals(Path.of("data", "index").toAbsolutePath().normalize(), index);
    }
}
