package org.notegarden.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one data source. Defaults to an H2 file in the data directory
 * ({@code notegarden.data.dir}, ./data unless set, beside the media and the search index; see
 * {@link DataDirectoryUrl}) so that a bare start keeps its data across restarts; an operator switches to PostgreSQL with configuration alone
 * (system properties or environment variables such as NOTEGARDEN_DB_URL). The placeholders are
 * resolved by Payara from server-level configuration when the WAR deploys, which is why the
 * defaults are written here and not in microprofile-config.properties.
 *
 * <p>The default data source class is H2's own with one step added: {@link RecoveringH2DataSource}
 * recovers what a crash left unreachable in the file before opening it.
 *
 * <p>{@code fish.payara.wrap-jdbc-objects=false}: the pool still wraps connections (that is what
 * returns them to the pool), but statements and result sets are the driver's own. Payara's
 * result-set wrapper looks {@code getObject(int, Class)} up by reflection on every call, and
 * Hibernate reads every {@code Instant} column that way: JFR found it in 15 % of the CPU samples
 * of building feed cards (9 % of a signed-out home feed request, 20,000 notes).
 *
 * <p>{@code fish.payara.match-connections=false}: Payara defaults to true for a pool defined by
 * annotation, and then compares each idle connection's data-source settings with the request's
 * (building a map per comparison) on every check-out. Every connection here has the same user
 * and settings, so there is nothing to match. Outside a transaction Hibernate checks a connection
 * out for each statement; the pool's check-out and return were 7 % of a note page's CPU
 * (async-profiler, 2026-12-04), matching a third of that.
 */
@Singleton
@DataSourceDefinition(
        name = "java:app/jdbc/notegarden",
        className = "${MPCONFIG=notegarden.db.datasource:org.notegarden.app.RecoveringH2DataSource}",
        url = "${MPCONFIG=notegarden.db.url:jdbc:h2:file:[notegarden.data.dir]/notegarden;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0}",
        user = "${MPCONFIG=notegarden.db.user:sa}",
        password = "${MPCONFIG=notegarden.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.wrap-jdbc-objects=false", "fish.payara.match-connections=false"})
public class DatabaseConfiguration {
}
