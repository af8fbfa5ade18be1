package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.notegarden.compliance.api.RegionPolicies;
import org.notegarden.compliance.api.RegionPolicy;
import org.notegarden.i18n.api.Messages;
import org.notegarden.platform.api.CurrentRequest;

/**
 * The words honest labels use for this reader: their region's policy decides ("广告" in mainland
 * China, "Ad · Paid partnership" in the EU), in their language. Worked out on each call, which a
 * page makes once (for all its cards): as a request-scoped bean that remembered it, creating the
 * bean for every page cost 2 % of a "for you" page's CPU (Weld's injection, async-profiler), more
 * than working it out again would on the rare page that asks twice.
 */
@ApplicationScoped
public class LabelWording {
    RegionPolicies regions;
    Messages messages;
    CurrentRequest request;

    @Inject
    public LabelWording(RegionPolicies regions, Messages messages, CurrentRequest request) {
        this.regions = regions;
        this.messages = messages;
        this.request = request;
    }

    /** For the CDI container's proxy only. */
    protected LabelWording() {
    }

    public Map<String, String> get() {
        String language = request.get().map(r -> messages.negotiate(r.getHeader("Accept-Language")).getLanguage())
                .orElse("en");
        RegionPolicy p = regions.forCurrentRequest();
        String generated = p.label("ai-generated", language);
        // Regions without their own words for the lesser tiers show the AI label for them too.
        String possible = Optional.ofNullable(p.label("ai-possible", language)).orElse(generated);
        String suspected = Optional.ofNullable(p.label("ai-suspected", language)).orElse(generated);
        return Map.of("sponsored", p.label("sponsored", language), "aiGenerated", generated, "aiPossible", possible,
                "aiSuspected", suspected);
    }
}
