package org.notegarden.compliance.internal.privacy;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.notegarden.compliance.api.Consents;
import org.notegarden.platform.api.CallerContext;

/**
 * Honours {@code Sec-GPC: 1} (Global Privacy Control): a signed-in person's browser saying "do
 * not sell or share" withdraws marketing consent, recorded as coming from the signal. Runs after
 * authentication so it knows who is asking.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 100)
public class GlobalPrivacyControl implements ContainerRequestFilter {
    @Inject
    CallerContext caller;
    @Inject
    ConsentService consents;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"1".equals(request.getHeaderString("Sec-GPC"))) {
            return;
        }
        caller.current().ifPresent(c -> {
            if (consents.granted(c.accountId(), Consents.Purpose.MARKETING)) {
                consents.record(c.accountId(), Consents.Purpose.MARKETING, false, ConsentRecord.Source.GPC_SIGNAL);
            }
        });
    }
}
