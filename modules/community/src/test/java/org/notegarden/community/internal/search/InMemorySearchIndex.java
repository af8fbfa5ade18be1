package org.notegarden.community.internal.search;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.note.Note;
import org.notegarden.platform.testing.NoJsonFormatMapper;

/**
 * What the search tests that write notes straight into an H2 table share: a session factory
 * with the app's mapping and analysis over an in-memory Lucene index, and defaults for the
 * table's flags and counters (the table as Hibernate makes it has none; the app's migrations do).
 */
final class InMemorySearchIndex {
    private InMemorySearchIndex() {
    }

    /** Notes and accounts mapped as in the app, schema created, index in the heap, no automatic indexing. */
    static SessionFactory sessions(String url) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", url).applySetting("hibernate.connection.username", "sa")
                .applySetting("hibernate.connection.password", "")
                .applySetting("hibernate.hbm2ddl.auto", "create")
                .applySetting("hibernate.type.json_format_mapper", NoJsonFormatMapper.class.getName())
                .applySetting("hibernate.search.backend.type", "lucene")
                .applySetting("hibernate.search.backend.directory.type", "local-heap")
                .applySetting("hibernate.search.backend.analysis.configurer",
                        "class:org.notegarden.i18n.internal.search.BilingualAnalysisConfigurer")
                .applySetting("hibernate.search.indexing.listeners.enabled", "false")
                .build();
        return new MetadataSources(registry).addAnnotatedClass(Note.class).addAnnotatedClass(Account.class)
                .buildMetadata().buildSessionFactory();
    }

    /** Flags and counters that rows written here leave out get false and 0, as the app's migrations make them. */
    static void defaultFlagsAndCounts(Connection c) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet r = c.createStatement().executeQuery("SELECT column_name, data_type FROM information_schema.columns "
                     + "WHERE table_name = 'CM_NOTE' AND is_nullable = 'NO' AND column_default IS NULL")) {
            while (r.next()) {
                String type = r.getString(2);
                String value = type.equals("BOOLEAN") ? "FALSE" : type.contains("INT") ? "0" : null;
                if (value != null) {
                    s.execute("ALTER TABLE cm_note ALTER COLUMN " + r.getString(1) + " SET DEFAULT " + value);
                }
            }
        }
    }

    static void defaultFlagsAndCounts(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            defaultFlagsAndCounts(c);
        }
    }
}
