package org.notegarden.commerce.internal.shop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.community.api.MediaLookup;
import org.notegarden.community.api.RoleGranted;
import org.notegarden.compliance.api.AuditLog;
import org.notegarden.compliance.api.ModerationEffect;
import org.notegarden.compliance.api.Screening;
import org.notegarden.compliance.api.SubjectKind;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.Role;
import org.notegarden.platform.api.TextLength;

/** Applying for a shop, the admin's decision, and the owner's edits. */
@ApplicationScoped
public class ShopService {
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "notegarden.shops.currencies",
            defaultValue = "CNY,HKD,TWD,USD,EUR,GBP,JPY,KRW,SGD,AUD")
    String currencies;
    Clock clock;
    MediaLookup media;
    AuditLog audit;
    Event<RoleGranted> roleGranted;
    /** Tells the note pages' product cards, which name the shop (heard when the change commits). */
    Event<ShopChanged> shopChanged;
    Screening screening;

    ShopRepository shopRepository;

    @Inject
    public ShopService(Clock clock, MediaLookup media, AuditLog audit, Event<RoleGranted> roleGranted, Screening screening,
            ShopRepository shopRepository, Event<ShopChanged> shopChanged) {
        this.shopChanged = shopChanged;
        this.shopRepository = shopRepository;
        this.clock = clock;
        this.media = media;
        this.audit = audit;
        this.roleGranted = roleGranted;
        this.screening = screening;
    }

    /** For the CDI container's proxy only. */
    protected ShopService() {
    }

    /** The currencies the operator lets shops price in ({@code notegarden.shops.currencies}). */
    private List<String> offeredCurrencies() {
        return java.util.Arrays.stream(currencies.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    @Transactional
    public Shop apply(long ownerId, ShopRules.Application application) {
        checkLogo(ownerId, application.logoMediaId());
        if (!offeredCurrencies().contains(application.currency())) {
            throw Problems.invalid("currency", CommerceMessages.CURRENCY_NOT_OFFERED_CHOOSE_N, String.join(", ",
                    offeredCurrencies()));
        }
        Optional<Shop> existing = byOwner(ownerId);
        if (existing.isPresent()) {
            Shop shop = existing.get();
            if (shop.getStatus() == Shop.Status.APPROVED) {
                throw Problems.conflict("shop", CommerceMessages.YOU_ALREADY_RUN_APPROVED_SHOP);
            }
            shop.apply(application, clock.instant());
            screen(shop);
            return shop;
        }
        Shop shop = new Shop(ownerId, application, clock.instant());
        shopRepository.add(shop);
        screen(shop);
        return shop;
    }

    /** An approved shop's owner edits name, description and logo; trader details need a new review. */
    @Transactional
    public Shop editProfile(long ownerId, String name, String description, Long logoMediaId, String country) {
        Shop shop = byOwner(ownerId).orElseThrow(() -> Problems.notFound("shop", CommerceMessages.YOUR_SHOP_DOES_NOT_EXIST));
        java.util.List<FieldError> errors = new java.util.ArrayList<>();
        String n = ShopRules.required(name, "name", 40, errors);
        String d = ShopRules.optional(description, "description", 500, errors);
        String from = ShopRules.country(country, errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        checkLogo(ownerId, logoMediaId);
        shop.setProfile(n, d, logoMediaId);
        shop.shipsFrom(from);
        screen(shop);
        return shop;
    }

    /**
     * Approves or rejects a pending application. A rejection needs a reason the applicant can
     * act on; an approval makes the owner a MERCHANT in the same transaction. Both are audited.
     * {@code adminId} is null only when the system decides (demo data).
     */
    @Transactional
    public Shop decide(Long adminId, long shopId, boolean approve, String reason) {
        Shop shop = shopRepository.byId(shopId)
                .orElseThrow(() -> Problems.notFound("shopId", CommerceMessages.SHOP_N_DOES_NOT_EXIST, shopId));
        if (shop.getStatus() != Shop.Status.PENDING) {
            throw Problems.conflict("shopId", CommerceMessages.APPLICATION_WAS_ALREADY_DECIDED);
        }
        String why = reason == null ? "" : reason.strip();
        if (!approve && why.isEmpty()) {
            throw Problems.invalid("reason", CommerceMessages.REJECTION_NEEDS_REASON_APPLICANT_CAN_ACT_ON);
        }
        if (TextLength.of(why) > 500) {
            throw Problems.invalid("reason", CommerceMessages.MUST_BE_AT_MOST_500_CHARACTERS);
        }
        shop.decide(approve, why.isEmpty() ? null : why, adminId, clock.instant());
        audit.record(adminId, approve ? "shop.approved" : "shop.rejected", "shop:" + shopId, why);
        if (approve) {
            roleGranted.fire(new RoleGranted(shop.getOwnerId(), Role.MERCHANT, adminId, "shop " + shopId + " approved"));
        }
        shopChanged.fire(new ShopChanged(shopId));
        return shop;
    }

    public Optional<Shop> byId(long shopId) {
        return shopRepository.byId(shopId);
    }

    public Optional<Shop> byOwner(long ownerId) {
        return shopRepository.byOwner(ownerId);
    }

    /** A shop the viewer may see: approved ones for everyone, any for its owner and admins. */
    public Shop requireVisible(long shopId, Long viewerId, boolean admin) {
        return shopRepository.byId(shopId)
                .filter(s -> s.getStatus() == Shop.Status.APPROVED || admin || (viewerId != null && s.getOwnerId() == viewerId))
                .orElseThrow(() -> Problems.notFound("shopId", CommerceMessages.SHOP_N_DOES_NOT_EXIST, shopId));
    }

    public List<Shop> byStatus(Shop.Status status, int limit) {
        return shopRepository.byStatus(status, limit);
    }

    /**
     * Name and description are public text, screened like notes: refused words answer 422 naming
     * {@code name}; held text is hidden from others (a neutral name, no description) until a
     * moderator lets it through or the owner rewrites it. A clean rewrite lifts an earlier hold.
     */
    private void screen(Shop shop) {
        shopRepository.flush();
        var verdict = screening.screen(new Screening.Submission(SubjectKind.SHOP, shop.getId(), shop.getOwnerId(), null,
                "name", shop.getName() + "\n" + java.util.Objects.toString(shop.getDescription(), "")));
        shop.holdProfile(verdict.held());
        shopChanged.fire(new ShopChanged(shop.getId()));
    }

    /** Applies a moderator's decision about a shop's name and description. */
    public void moderated(ModerationEffect e) {
        Optional<Shop> found = shopRepository.byId(e.subjectId());
        if (found.isEmpty()) {
            return;
        }
        Shop shop = found.get();
        switch (e.effect()) {
            case REMOVE -> shop.holdProfile(true);
            case RELEASE, RESTORE -> shop.holdProfile(false);
            default -> { }
        }
        shopChanged.fire(new ShopChanged(shop.getId()));
    }

    private void checkLogo(long ownerId, Long logoMediaId) {
        if (logoMediaId == null) {
            return;
        }
        var ref = media.find(logoMediaId);
        if (ref.isEmpty() || ref.get().ownerId() != ownerId || !ref.get().image()) {
            throw Problems.invalid("logoMediaId", CommerceMessages.MUST_BE_IMAGE_YOU_UPLOADED);
        }
    }
}
