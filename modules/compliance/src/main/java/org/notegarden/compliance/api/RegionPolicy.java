package org.notegarden.compliance.api;

import java.util.List;
import java.util.Map;

/**
 * What differs between the places Notegarden serves, read from {@code config/region-policies.properties}.
 *
 * @param id                        CN, US, EU, UK, TH or DEFAULT
 * @param ipLocationDisplay         how precisely IP location is shown with content from this region
 * @param minimumAge                sign-up is refused below this age
 * @param adultAge                  accounts below this age are treated as minors
 * @param appealWindowDays          how long a decision can be appealed
 * @param personalisedFeedByDefault whether the "for you" feed is on until the user chooses
 * @param privacyRegime             GDPR, UK-GDPR, CCPA, PDPA, PIPL or NONE
 * @param requestDeadlineDays       days to answer a privacy request
 * @param labels                    label wording by key ("sponsored.en", "sponsored.zh", "ai-generated.zh" …)
 * @param countries                 the ISO 3166-1 codes the policy covers (empty for DEFAULT)
 * @param dsaStatements             statements of reasons for people of this region go to the DSA
 *                                  Transparency Database (DSA Art. 24(5))
 */
public record RegionPolicy(String id, IpLocationDisplay ipLocationDisplay, int minimumAge, int adultAge,
                           int appealWindowDays, boolean personalisedFeedByDefault, String privacyRegime,
                           int requestDeadlineDays, Map<String, String> labels, List<String> countries,
                           boolean dsaStatements) {

    public enum IpLocationDisplay { PROVINCE, COUNTRY, OFF }

    /** Label wording for a language ("en", "zh"), falling back to English. */
    public String label(String key, String language) {
        String wording = labels.get(key + "." + language);
        return wording != null ? wording : labels.get(key + ".en");
    }
}
