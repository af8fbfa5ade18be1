package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.notegarden.compliance.api.IpLocation;

/**
 * The IP location to store with what is being written now: the request's place trimmed to what
 * its region policy displays (province in China, country elsewhere, nothing where it is off).
 */
@ApplicationScoped
public class IpLocationStamps {
    IpLocation ipLocation;

    @Inject
    public IpLocationStamps(IpLocation ipLocation) {
        this.ipLocation = ipLocation;
    }

    /** For the CDI container's proxy only. */
    protected IpLocationStamps() {
    }

    /** The display code for the current request, or {@code null} when unknown. */
    public String current() {
        return ipLocation.forDisplay(ipLocation.ofCurrentRequest()).code();
    }
}
