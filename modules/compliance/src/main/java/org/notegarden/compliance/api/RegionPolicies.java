package org.notegarden.compliance.api;

import java.util.List;

/** The region policies configured for this installation. */
public interface RegionPolicies {
    /** The policy for a country code; the DEFAULT policy for an unknown or unlisted one. */
    RegionPolicy forCountry(String country);

    /** The policy for the current request's IP location. */
    RegionPolicy forCurrentRequest();

    /** The policy with this id (CN, EU …); DEFAULT for an unknown id. */
    RegionPolicy byId(String id);

    List<RegionPolicy> all();
}
