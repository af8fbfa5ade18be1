package org.notegarden.commerce.internal.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.community.api.MediaLookup;
import org.notegarden.platform.api.Role;
import org.notegarden.platform.api.EnumValues;

/** How a shop appears to the one asking: trader details once approved, decisions to owner and admins. */
@RequestScoped
public class ShopViews {
    CallerContext caller;
    MediaLookup media;

    @Inject
    public ShopViews(CallerContext caller, MediaLookup media) {
        this.caller = caller;
        this.media = media;
    }

    /** For the CDI container's proxy only. */
    protected ShopViews() {
    }

    /** Trader details are shown to everyone once approved (sellers must be identifiable). */
    public record TraderView(String legalName, String address, String contactEmail, String contactPhone,
                             String registrationNumber) {
    }

    public record ShopView(long id, long ownerId, String name, String description, String logoUrl, String currency,
                           @EnumValues(Shop.Status.class) String status, String decisionReason, Instant decidedAt, TraderView trader, boolean mine,
                           boolean profileHeld, String country) {
    }

    public ShopView view(Shop s, Long viewer) {
        boolean mine = viewer != null && viewer == s.getOwnerId();
        boolean showTrader = mine || s.getStatus() == Shop.Status.APPROVED
                || caller.current().map(c -> c.has(Role.ADMIN)).orElse(false);
        String logo = s.getLogoMediaId() == null ? null
                : media.find(s.getLogoMediaId()).map(MediaLookup.MediaRef::gridUrl).orElse(null);
        boolean admin = caller.current().map(c -> c.has(Role.ADMIN)).orElse(false);
        // Owner and admins see the text as written (and whether it is held); everyone else the public face.
        boolean asWritten = mine || admin;
        return new ShopView(s.getId(), s.getOwnerId(), asWritten ? s.getName() : s.getPublicName(),
                asWritten ? s.getDescription() : s.getPublicDescription(), logo, s.getCurrency(),
                s.getStatus().name(), mine || caller.current().map(c -> c.has(Role.ADMIN)).orElse(false)
                        ? s.getDecisionReason() : null,
                s.getDecidedAt(), showTrader ? new TraderView(s.getLegalName(), s.getAddress(), s.getContactEmail(),
                        s.getContactPhone(), s.getRegistrationNumber()) : null, mine, asWritten && s.isProfileHeld(),
                s.getCountry());
    }
}
