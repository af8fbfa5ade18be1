package org.notegarden.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.PooledConnection;
import org.h2.jdbcx.JdbcDataSource;

/**
 * H2's data source ({@link JdbcDataSource}, which is final, hence the delegation) that, before it
 * first opens an embedded database file, recovers the commits a crash left unreachable
 * ({@link CrashedDatabaseFile}). The default {@code notegarden.db.datasource}: the connection pool
 * sets its URL, user and password and opens pooled connections (H2's own pooled connection). It
 * is deliberately not an {@code XADataSource}, although H2's is: Payara gives such a class an XA
 * pool, and on an XA resource every transaction becomes a distributed one whose coordinator writes
 * a log on each commit and rollback. H2 is a node's only resource, so transactions stay local, as
 * they are on PostgreSQL's {@code PGSimpleDataSource}. A URL naming
 * {@value DataDirectoryUrl#TOKEN} opens the file in the configured data directory. Pooled connections
 * know their query timeout without a settings query ({@link QueryTimeoutPrimedPooledConnection}).
 * A recovered crash also has the counters recounted once the migrations ran ({@link CountersAfterCrash}).
 */
public class RecoveringH2DataSource implements DataSource, ConnectionPoolDataSource {
    /** Files already looked at by this server: once per file and start, before H2 opens it. */
    private static final Set<Path> LOOKED_AT = ConcurrentHashMap.newKeySet();
    private final JdbcDataSource h2 = new JdbcDataSource();
    /** Whether this source's file was looked at (saves parsing the URL on every connection). */
    private volatile boolean lookedAt;

    public String getURL() {
        return h2.getURL();
    }

    public void setURL(String url) {
        h2.setURL(DataDirectoryUrl.expand(url));
    }

    public String getUrl() {
        return h2.getUrl();
    }

    public void setUrl(String url) {
        h2.setUrl(DataDirectoryUrl.expand(url));
    }

    public String getUser() {
        return h2.getUser();
    }

    public void setUser(String user) {
        h2.setUser(user);
    }

    public void setPassword(String password) {
        h2.setPassword(password);
    }

    public String getPassword() {
        return h2.getPassword();
    }

    public String getDescription() {
        return h2.getDescription();
    }

    public void setDescription(String description) {
        h2.setDescription(description);
    }

    @Override
    public PooledConnection getPooledConnection() throws SQLException {
        return new QueryTimeoutPrimedPooledConnection(afterRecovery(h2::getPooledConnection));
    }

    @Override
    public PooledConnection getPooledConnection(String user, String password) throws SQLException {
        return new QueryTimeoutPrimedPooledConnection(afterRecovery(() -> h2.getPooledConnection(user, password)));
    }

    @Override
    public Connection getConnection() throws SQLException {
        return afterRecovery(h2::getConnection);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return afterRecovery(() -> h2.getConnection(user, password));
    }

    @Override
    public PrintWriter getLogWriter() {
        return h2.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        h2.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        h2.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return h2.getLoginTimeout();
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return h2.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : h2.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || h2.isWrapperFor(type);
    }

    /** One way of opening a connection, run once this source's file has been looked at. */
    private interface Opening<T> {
        T open() throws SQLException;
    }

    private <T> T afterRecovery(Opening<T> opening) throws SQLException {
        if (!lookedAt) {
            EmbeddedDatabaseFile.of(h2.getURL()).map(p -> p.toAbsolutePath().normalize()).ifPresent(RecoveringH2DataSource::recoverOnce);
            lookedAt = true; // the URL does not change once the pool uses this source
        }
        return opening.open();
    }

    private static void recoverOnce(Path file) {
        synchronized (LOOKED_AT) {
            if (!LOOKED_AT.contains(file)) {
                if (CrashedDatabaseFile.recoverIfCrashed(file)) { // other connections wait until it is done
                    CountersAfterCrash.crashed(file);
                }
                LOOKED_AT.add(file);
            }
        }
    }
}
