package org.notegarden.commerce.internal.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.notegarden.compliance.api.AuditLog;

/**
 * Puts a plugin's circuit-breaker changes in the audit log, in a transaction of their own: the
 * request that tripped the breaker may be failing and rolling back, the record must stay.
 */
@ApplicationScoped
public class PluginIncidents {
    AuditLog audit;

    @Inject
    public PluginIncidents(AuditLog audit) {
        this.audit = audit;
    }

    /** For the CDI container's proxy only. */
    protected PluginIncidents() {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void breakerChanged(String pluginId, String from, String to, String reason) {
        String detail = from + " -> " + to + ": " + reason;
        audit.record(null, "plugin.circuit." + to.toLowerCase(java.util.Locale.ROOT), "plugin:" + pluginId,
                detail.length() > 400 ? detail.substring(0, 400) : detail);
    }
}
