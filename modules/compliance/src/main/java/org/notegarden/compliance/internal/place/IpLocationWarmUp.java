package org.notegarden.compliance.internal.place;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the IP location tables in the background as the application starts, so the first
 * sign-up or post does not wait about a second for them.
 */
@ApplicationScoped
public class IpLocationWarmUp {
    private static final Logger LOG = Logger.getLogger(IpLocationWarmUp.class.getName());

    OfflineIpLocation location;

    @Inject
    public IpLocationWarmUp(OfflineIpLocation location) {
        this.location = location;
    }

    /** For the CDI container's proxy only. */
    protected IpLocationWarmUp() {
    }
    @Resource
    ManagedThreadFactory threads;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        Thread t = threads.newThread(() -> {
            try {
                location.warmUp();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "IP location data could not be loaded; places will be unknown", e);
            }
        });
        t.setName("ip-location-warm-up");
        t.start();
    }
}
