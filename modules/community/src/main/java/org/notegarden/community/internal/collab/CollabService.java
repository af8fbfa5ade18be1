package org.notegarden.community.internal.collab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.account.AccountService;
import org.notegarden.platform.api.FieldError;
import org.notegarden.community.api.ProductLookup;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.TextLength;

/**
 * Invitations from brands to creators and their decisions. A brand is a merchant with an approved
 * shop (its name is what sponsored notes show); it may only attach its own products.
 */
@ApplicationScoped
public class CollabService {
    static final int MAX_BRIEF = 1000;
    static final int MAX_COMPENSATION = 200;
    static final int MAX_PRODUCTS = 10;

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AccountService accounts;
    @Inject
    ProductLookup products;

    @Transactional
    public Collab invite(long brandId, String creatorHandle, String brief, String compensation, List<Long> productIds) {
        String brand = products.approvedShopNameOf(brandId)
                .orElseThrow(() -> Problems.forbidden("Only merchants with an approved shop invite creators."));
        List<FieldError> errors = new ArrayList<>();
        Account creator = creatorHandle == null ? null : accounts.findByHandle(creatorHandle.strip()).orElse(null);
        if (creator == null) {
            errors.add(new FieldError("creatorHandle", "is not a member"));
        } else if (creator.getId() == brandId) {
            errors.add(new FieldError("creatorHandle", "is you"));
        }
        String b = brief == null ? "" : brief.strip();
        if (b.isEmpty() || TextLength.of(b) > MAX_BRIEF) {
            errors.add(new FieldError("brief", "must be 1-" + MAX_BRIEF + " characters"));
        }
        String c = compensation == null ? "" : compensation.strip();
        if (c.isEmpty() || TextLength.of(c) > MAX_COMPENSATION) {
            errors.add(new FieldError("compensation", "must be 1-" + MAX_COMPENSATION + " characters"));
        }
        Set<Long> own = products.productIdsOfShopOwner(brandId);
        List<Long> ids = productIds == null ? List.of() : productIds;
        if (ids.size() > MAX_PRODUCTS) {
            errors.add(new FieldError("productIds", "at most " + MAX_PRODUCTS + " products"));
        }
        for (int i = 0; i < Math.min(ids.size(), MAX_PRODUCTS); i++) {
            if (ids.get(i) == null || !own.contains(ids.get(i))) {
                errors.add(new FieldError("productIds[" + i + "]", "is not one of your products"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        Collab collab = new Collab(brandId, brand, creator.getId(), b, c, List.copyOf(new LinkedHashSet<>(ids)), clock.instant());
        em.persist(collab);
        return collab;
    }

    /** The creator decides once; the row lock makes a double click (or two devices) decide only once. */
    @Transactional
    public Collab decide(long creatorId, long collabId, boolean accept) {
        Collab collab = em.find(Collab.class, collabId, LockModeType.PESSIMISTIC_WRITE);
        if (collab == null || (collab.getCreatorId() != creatorId && collab.getBrandAccountId() != creatorId)) {
            throw Problems.notFound("collabId", "collaboration " + collabId);
        }
        if (collab.getCreatorId() != creatorId) {
            throw Problems.forbidden("Only the invited creator decides.");
        }
        if (collab.getState() != Collab.State.INVITED) {
            throw Problems.conflict("state", collab.getState() == Collab.State.ACCEPTED
                    ? "This invitation was already accepted." : "This invitation was already declined.");
        }
        collab.decide(accept, clock.instant());
        return collab;
    }

    /** A collaboration the caller takes part in (as brand or creator); others look missing. */
    public Collab requireParty(long accountId, long collabId) {
        Collab collab = em.find(Collab.class, collabId);
        if (collab == null || (collab.getCreatorId() != accountId && collab.getBrandAccountId() != accountId)) {
            throw Problems.notFound("collabId", "collaboration " + collabId);
        }
        return collab;
    }

    public List<Collab> of(long accountId) {
        return em.createQuery("select c from Collab c where c.brandAccountId = :a or c.creatorId = :a order by c.id desc",
                Collab.class).setParameter("a", accountId).setMaxResults(200).getResultList();
    }
}
