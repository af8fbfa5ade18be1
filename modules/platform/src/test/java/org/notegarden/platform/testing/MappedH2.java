package org.notegarden.platform.testing;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * A named in-memory H2 whose tables Hibernate makes from the given entities' mapping, with
 * statement counts on: for plain-JUnit tests of how rows are read and written (how many
 * statements, what comes back). {@link MigratedH2} is the one to use when the real migrations matter.
 */
public final class MappedH2 {
    private MappedH2() {
    }

    public static SessionFactory sessions(String name, Class<?>... entities) {
        var registry = new StandardServiceRegistryBuilder()
                // The app's lock timeout, not H2's default of one second (see MigratedH2).
                .applySetting("hibernate.connection.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
                .applySetting("hibernate.connection.username", "sa")
                .applySetting("hibernate.hbm2ddl.auto", "create-drop")
                .applySetting("hibernate.search.enabled", "false")
                .applySetting("hibernate.generate_statistics", "true").build();
        MetadataSources sources = new MetadataSources(registry);
        for (Class<?> entity : entities) {
            sources.addAnnotatedClass(entity);
        }
        return sources.buildMetadata().buildSessionFactory();
    }
}
