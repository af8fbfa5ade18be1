package org.notegarden.commerce.internal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.notegarden.commerce.internal.catalog.Product;
import org.notegarden.commerce.internal.catalog.ProductChanged;
import org.notegarden.commerce.internal.catalog.ProductRepository;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopRepository;
import org.notegarden.commerce.internal.shop.ShopService;
import org.notegarden.compliance.api.ModeratedContent;
import org.notegarden.compliance.api.ModerationEffect;
import org.notegarden.compliance.api.SubjectKind;

/**
 * Reported products and shops as moderators see them (the shop owner is responsible), and
 * removal when decided: a removed shop profile shows a neutral name until its owner rewrites it. A restored listing stays archived: the merchant relists it, so nothing goes back on
 * sale without them.
 */
@ApplicationScoped
public class CommerceSubjects implements ModeratedContent {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    ShopService shops;

    ShopRepository shopRepository;

    ProductRepository productRepository;

    Event<ProductChanged> productChanged;

    @Inject
    public CommerceSubjects(ShopService shops, ShopRepository shopRepository, ProductRepository productRepository,
            Event<ProductChanged> productChanged) {
        this.productChanged = productChanged;
        this.productRepository = productRepository;
        this.shopRepository = shopRepository;
        this.shops = shops;
    }

    /** For the CDI container's proxy only. */
    protected CommerceSubjects() {
    }

    @Override
    public boolean handles(SubjectKind kind) {
        return kind == SubjectKind.PRODUCT || kind == SubjectKind.SHOP;
    }

    @Override
    public Optional<Snapshot> snapshot(SubjectKind kind, long id) {
        if (kind == SubjectKind.SHOP) {
            return shopRepository.byId(id).map(s -> new Snapshot(s.getOwnerId(), null,
                    (s.getName() + "\n" + java.util.Objects.toString(s.getDescription(), "")).strip(),
                            s.getCreatedAt(), s.getLogoMediaId() != null, false));
        }
        Optional<Product> found = productRepository.byId(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Product p = found.get();
        Shop shop = shopRepository.of(p.getShopId());
        String text = String.join("\n", nonNull(p.getTitleEn()), nonNull(p.getTitleZh()), nonNull(p.getDescriptionEn()),
                nonNull(p.getDescriptionZh())).strip();
        return Optional.of(new Snapshot(shop.getOwnerId(), null, text, p.getCreatedAt(), true, false));
    }

    void apply(@Observes ModerationEffect e) {
        if (e.kind() == SubjectKind.SHOP) {
            shops.moderated(e);
            return;
        }
        if (e.kind() != SubjectKind.PRODUCT) {
            return;
        }
        Optional<Product> found = productRepository.byId(e.subjectId());
        if (found.isEmpty()) {
            return;
        }
        Product p = found.get();
        switch (e.effect()) {
            case REMOVE -> p.removeByModeration();
            case RELEASE -> p.releaseFromReview();
            default -> { }
        }
        productChanged.fire(new ProductChanged(p.getId()));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
