package org.notegarden.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.sql.DataSourceDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.notegarden.platform.api.DataDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Dnotegarden.data.dir=/some/dir} moves the default H2 database with the media and the
 * search index: before, the database stayed in {@code ./data} of wherever the server was started,
 * so a server started from another folder came up on an empty database beside an old index.
 */
class DataDirectoryUrlTest {
    @TempDir
    Path dir;

    @AfterEach
    void forgetTheDataDirectory() {
        System.clearProperty(DataDirectory.PROPERTY);
    }

    @Test
    void theDefaultDatabaseLivesInTheDataDirectory() throws Exception {
        System.setProperty(DataDirectory.PROPERTY, dir.toString());
        RecoveringH2DataSource source = new RecoveringH2DataSource();
        source.setURL(defaultUrl());
        source.setUser("sa");
        source.setPassword("");
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(id INT PRIMARY KEY)");
        }
        assertTrue(Files.exists(dir.resolve("notegarden.mv.db")), "database file in " + dir + ": " + source.getURL());
    }

    @Test
    void withoutADataDirectoryTheDatabaseStaysInDotData() {
        assertEquals("jdbc:h2:file:./data/notegarden;A=1", DataDirectoryUrl.expand("jdbc:h2:file:" + DataDirectoryUrl.TOKEN + "/notegarden;A=1"));
    }

    @Test
    void aUrlWithoutTheTokenIsLeftAlone() {
        System.setProperty(DataDirectory.PROPERTY, dir.toString());
        assertEquals("jdbc:h2:file:/elsewhere/x", DataDirectoryUrl.expand("jdbc:h2:file:/elsewhere/x"));
    }

    /**
     * The URL Payara gives the data source when no notegarden.db.url is configured: the text after
     * the key's colon up to the first closing brace (a brace inside the default would end it early,
     * as a first try of this token showed from outside).
     */
    private static String defaultUrl() {
        String expression = DatabaseConfiguration.class.getAnnotation(DataSourceDefinition.class).url();
        String prefix = "${MPCONFIG=notegarden.db.url:";
        assertTrue(expression.startsWith(prefix), expression);
        assertEquals(expression.length() - 1, expression.indexOf('}'), "the placeholder ends at its first brace: " + expression);
        return expression.substring(prefix.length(), expression.indexOf('}'));
    }
}
