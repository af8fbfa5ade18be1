package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.notegarden.compliance.api.IpLocation;
import org.notegarden.i18n.api.Messages;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.CurrentRequest;

/**
 * Who is buying, as far as pricing plugins need to know (SPI 1.2): the buyer's language — the
 * account's own choice, else the browser's — and the country the request came from.
 */
@ApplicationScoped
public class PricingBuyer {
    CallerContext caller;
    Messages messages;
    CurrentRequest request;
    IpLocation places;

    @Inject
    public PricingBuyer(CallerContext caller, Messages messages, CurrentRequest request, IpLocation places) {
        this.caller = caller;
        this.messages = messages;
        this.request = request;
        this.places = places;
    }

    /** For the CDI container's proxy only. */
    protected PricingBuyer() {
    }

    String locale() {
        String chosen = caller.current().map(c -> c.locale()).orElse(null);
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        return request.get().map(r -> messages.negotiate(r.getHeader("Accept-Language")).toLanguageTag()).orElse("en");
    }

    String region() {
        String country = places.ofCurrentRequest().country();
        return country == null ? "" : country;
    }
}
