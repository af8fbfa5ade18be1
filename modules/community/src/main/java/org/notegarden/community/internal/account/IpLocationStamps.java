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
    @Inject
    IpLocation ipLocation;

    /** The display code for the current request, or {@code null} when unknown. */
    public String current() {
        return ipLocation.forDisplay(ipLocation.ofCurrentRequest()).code();
    }
}
