package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.notegarden.compliance.api.IpLocation;
import org.notegarden.compliance.api.Place;
import org.notegarden.i18n.api.Messages;
import org.notegarden.platform.api.CurrentRequest;

/** Stored IP-location codes as the reader's language names them ("Guangdong" / "广东"). */
@ApplicationScoped
public class PlaceNames {
    IpLocation ipLocation;
    Messages messages;
    CurrentRequest request;

    @Inject
    public PlaceNames(IpLocation ipLocation, Messages messages, CurrentRequest request) {
        this.ipLocation = ipLocation;
        this.messages = messages;
        this.request = request;
    }

    /** For the CDI container's proxy only. */
    protected PlaceNames() {
    }

    public String name(String code) {
        if (code == null) {
            return null;
        }
        return ipLocation.name(Place.ofCode(code), readerLocale());
    }

    private Locale readerLocale() {
        return request.get().map(r -> messages.negotiate(r.getHeader("Accept-Language"))).orElse(Locale.ENGLISH);
    }
}
