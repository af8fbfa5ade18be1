package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.notegarden.compliance.api.IpLocation;
import org.notegarden.compliance.api.Place;
import org.notegarden.i18n.api.Messages;

/** Stored IP-location codes as the reader's language names them ("Guangdong" / "广东"). */
@ApplicationScoped
public class PlaceNames {
    @Inject
    IpLocation ipLocation;
    @Inject
    Messages messages;
    @Inject
    HttpServletRequest request;

    public String name(String code) {
        if (code == null) {
            return null;
        }
        return ipLocation.name(Place.ofCode(code), readerLocale());
    }

    private Locale readerLocale() {
        try {
            return messages.negotiate(request.getHeader("Accept-Language"));
        } catch (RuntimeException outsideRequest) {
            return Locale.ENGLISH;
        }
    }
}
