package org.notegarden.platform.testing;

import jakarta.persistence.EntityManagerFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * A fresh in-memory H2 with one of a module's real migrations applied, and Hibernate validating
 * the given entities against it: for plain-JUnit tests of queries that must hold on a real
 * database (locks, conditional updates) without a server.
 */
public final class MigratedH2 implements AutoCloseable {
    private final Connection keepAlive;
    private final EntityManagerFactory emf;

    private MigratedH2(Connection keepAlive, EntityManagerFactory emf) {
        this.keepAlive = keepAlive;
        this.emf = emf;
    }

    /** {@code migration} is a class-path resource such as {@code /db/migration/commerce/V17__job_lease.sql}. */
    public static MigratedH2 with(String migration, Class<?>... entities) throws Exception {
        return with(List.of(migration), entities);
    }

    /** Several migrations, applied in the order given (a table and a later one that adds rows to it). */
    public static MigratedH2 with(List<String> migrations, Class<?>... entities) throws Exception {
        // The app's lock timeout (DatabaseConfiguration), not H2's default of one second: tests of
        // nodes racing for a row timed out waiting for it when the machine was busy.
        String url = "jdbc:h2:mem:migrated-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        Connection keepAlive = DriverManager.getConnection(url, "sa", "");
        for (String migration : migrations) {
            try (Statement s = keepAlive.createStatement(); InputStream sql = MigratedH2.class.getResourceAsStream(migration)) {
                if (sql == null) {
                    throw new IllegalArgumentException("no migration " + migration + " on the class path");
                }
                s.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", url).applySetting("hibernate.connection.username", "sa")
                .applySetting("hibernate.connection.password", "").applySetting("hibernate.hbm2ddl.auto", "validate")
                .applySetting("hibernate.type.json_format_mapper", NoJsonFormatMapper.class.getName())
                .build();
        MetadataSources sources = new MetadataSources(registry);
        for (Class<?> entity : entities) {
            sources.addAnnotatedClass(entity);
        }
        return new MigratedH2(keepAlive, sources.buildMetadata().buildSessionFactory());
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    @Override
    public void close() throws Exception {
        emf.close();
        keepAlive.close();
    }
}
