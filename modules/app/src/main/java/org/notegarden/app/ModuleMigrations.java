package org.notegarden.app;

import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies each module's Flyway migrations, in dependency order. Every module keeps its own
 * history table, so modules number their migrations independently and never collide.
 */
final class ModuleMigrations {
    /** Modules owning tables, lower modules first (their tables may be referenced by id later). */
    static final List<String> MODULES = List.of("compliance", "community", "commerce");

    private static final Logger LOG = Logger.getLogger(ModuleMigrations.class.getName());

    private ModuleMigrations() {
    }

    /** "postgresql", "h2", … from the driver's product name. */
    static String vendorOf(DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }

    static void migrate(DataSource dataSource, ClassLoader loader) {
        String vendor = vendorOf(dataSource);
        DurableCommits.ensure(dataSource, vendor);
        for (String module : MODULES) {
            var result = Flyway.configure(loader)
                    .dataSource(dataSource)
                    // Plus vendor-only steps (e.g. PostgreSQL's append-only audit trigger); a missing
                    // folder is skipped. Versions are shared between the two folders.
                    .locations("classpath:db/migration/" + module, "classpath:db/vendor/" + vendor + "/" + module)
                    .table("flyway_history_" + module)
                    // A second module's history table starts in a schema that is not empty.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info(() -> "Migrations for " + module + ": " + result.migrationsExecuted + " applied, now at "
                    + result.targetSchemaVersion);
        }
    }
}
