package org.notegarden.app;

import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Runs the migrations while Hibernate builds its session factory, before schema validation
 * (a start-up bean would run too late: see STACK.md trap 9). Uses the persistence unit's own
 * data source, so it works the same on H2 and PostgreSQL.
 */
public class FlywayIntegrator implements Integrator {
    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        ModuleMigrations.migrate(dataSource, FlywayIntegrator.class.getClassLoader());
        CountersAfterCrash.recountIfCrashed(dataSource); // on the migrated schema, before the first request
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
                             org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to undo: migrations are permanent
    }
}
