package org.notegarden.app.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database the server under test uses, opened by the test itself (the IT runs give H2
 * AUTO_SERVER so two processes can share it). Only for what no API may do: making time pass
 * for a record, or tampering with one to prove it is noticed.
 */
final class TestDatabase {
    private TestDatabase() {
    }

    static Connection open() throws SQLException {
        String url = System.getenv("NOTEGARDEN_DB_URL");
        if (url == null) {
            throw new IllegalStateException("NOTEGARDEN_DB_URL is not set for this IT run");
        }
        String user = System.getenv().getOrDefault("NOTEGARDEN_DB_USER", "sa");
        String password = System.getenv().getOrDefault("NOTEGARDEN_DB_PASSWORD", "");
        return DriverManager.getConnection(url, user, password);
    }

    static boolean postgres() {
        return String.valueOf(System.getenv("NOTEGARDEN_DB_URL")).startsWith("jdbc:postgresql:");
    }
}
