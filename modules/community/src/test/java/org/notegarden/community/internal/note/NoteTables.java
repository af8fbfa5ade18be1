package org.notegarden.community.internal.note;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/** The note tables in an in-memory H2 of their own, made by Hibernate from the mapping, for the row readers' tests. */
final class NoteTables {
    private NoteTables() {
    }

    static SessionFactory inMemory(String name) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
                .applySetting("hibernate.connection.username", "sa")
                .applySetting("hibernate.hbm2ddl.auto", "create-drop")
                .applySetting("hibernate.search.enabled", "false")
                .applySetting("hibernate.generate_statistics", "true").build();
        return new MetadataSources(registry).addAnnotatedClass(Note.class).buildMetadata().buildSessionFactory();
    }
}
