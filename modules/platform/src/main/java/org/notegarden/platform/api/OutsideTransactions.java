package org.notegarden.platform.api;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.naming.NoInitialContextException;

/**
 * Whether the calling thread is outside any container transaction, asked of the registry every
 * Jakarta EE server binds at a standard name (one registry serves every thread, so it is looked up
 * once). Where there is no naming service at all (unit tests) there are no container transactions,
 * so every thread is outside one; where the name cannot be found the answer is "no", which only
 * makes a caller read alone.
 */
final class OutsideTransactions {
    private static volatile TransactionSynchronizationRegistry registry;
    private static volatile boolean noServer;

    private OutsideTransactions() {
    }

    static boolean now() {
        if (noServer) {
            return true;
        }
        TransactionSynchronizationRegistry r = registry;
        if (r == null) {
            try {
                r = (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
                registry = r;
            } catch (NoInitialContextException e) {
                noServer = true;
                return true;
            } catch (NamingException | RuntimeException e) {
                return false;
            }
        }
        return r.getTransactionStatus() == Status.STATUS_NO_TRANSACTION;
    }
}
