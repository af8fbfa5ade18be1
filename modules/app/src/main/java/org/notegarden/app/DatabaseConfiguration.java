package org.notegarden.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one data source. Defaults to an H2 file under ./data so that a bare start
 * keeps its data across restarts; an operator switches to PostgreSQL with configuration alone
 * (system properties or environment variables such as NOTEGARDEN_DB_URL). The placeholders are
 * resolved by Payara from server-level configuration when the WAR deploys, which is why the
 * defaults are written here and not in microprofile-config.properties.
 */
@Singleton
@DataSourceDefinition(
        name = "java:app/jdbc/notegarden",
        className = "${MPCONFIG=notegarden.db.datasource:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=notegarden.db.url:jdbc:h2:file:./data/notegarden;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0}",
        user = "${MPCONFIG=notegarden.db.user:sa}",
        password = "${MPCONFIG=notegarden.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32)
public class DatabaseConfiguration {
}
