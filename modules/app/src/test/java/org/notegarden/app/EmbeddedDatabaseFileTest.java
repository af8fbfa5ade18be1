package org.notegarden.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseFileTest {
    @Test
    void plainFileUrlsNameTheirFile() {
        assertEquals(Optional.of(Path.of("./data/notegarden.mv.db")),
                EmbeddedDatabaseFile.of("jdbc:h2:file:./data/notegarden;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"));
        assertEquals(Optional.of(Path.of("/var/lib/ng/db.mv.db")), EmbeddedDatabaseFile.of("jdbc:h2:/var/lib/ng/db"));
        assertEquals(Optional.of(Path.of(System.getProperty("user.home") + "/ng.mv.db")), EmbeddedDatabaseFile.of("jdbc:h2:~/ng"));
    }

    @Test
    void memoryRemoteOtherFileSystemsAndEncryptedFilesAreLeftToH2() {
        for (String url : new String[] {"jdbc:h2:mem:test", "jdbc:h2:tcp://db:9092/ng", "jdbc:h2:ssl://db/ng",
            "jdbc:h2:zip:/x.zip!/ng", "jdbc:h2:file:/x/ng;CIPHER=AES", "jdbc:postgresql://db/ng", "jdbc:h2:", null}) {
            assertEquals(Optional.empty(), EmbeddedDatabaseFile.of(url), url);
        }
    }
}
