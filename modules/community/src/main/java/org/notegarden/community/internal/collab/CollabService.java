package org.notegarden.community.internal.collab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.notegarden.community.api.ProductLookup;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.account.AccountService;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Message;
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

    CollabRepository collabs;
    Clock clock;
    AccountService accounts;
    ProductLookup products;

    @Inject
    public CollabService(CollabRepository collabs, Clock clock, AccountService accounts, ProductLookup products) {
        this.collabs = collabs;
        this.clock = clock;
        this.accounts = accounts;
        this.products = products;
    }

    /** For the CDI container's proxy only. */
    protected CollabService() {
    }

    @Transactional
    public Collab invite(long brandId, String creatorHandle, String brief, String compensation, List<Long> productIds) {
        String brand = products.approvedShopNameOf(brandId)
                .orElseThrow(() -> Problems.forbidden(CommunityMessages.ONLY_MERCHANTS_WITH_APPROVED_SHOP_INVITE_CREATORS));
        List<FieldError> errors = new ArrayList<>();
        Account creator = creatorHandle == null ? null : accounts.findByHandle(creatorHandle.strip()).orElse(null);
        if (creator == null) {
            errors.add(new FieldError("creatorHandle", CommunityMessages.IS_NOT_MEMBER));
        } else if (creator.getId() == brandId) {
            errors.add(new FieldError("creatorHandle", CommunityMessages.IS_YOU));
        }
        String b = brief == null ? "" : brief.strip();
        if (b.isEmpty() || TextLength.of(b) > MAX_BRIEF) {
            errors.add(new FieldError("brief", CommunityMessages.MUST_BE_1_N_CHARACTERS, MAX_BRIEF));
        }
        String c = compensation == null ? "" : compensation.strip();
        if (c.isEmpty() || TextLength.of(c) > MAX_COMPENSATION) {
            errors.add(new FieldError("compensation", CommunityMessages.MUST_BE_1_N_CHARACTERS, MAX_COMPENSATION));
        }
        Set<Long> own = products.productIdsOfShopOwner(brandId);
        List<Long> ids = productIds == null ? List.of() : productIds;
        if (ids.size() > MAX_PRODUCTS) {
            errors.add(new FieldError("productIds", CommunityMessages.AT_MOST_N_PRODUCTS, MAX_PRODUCTS));
        }
        for (int i = 0; i < Math.min(ids.size(), MAX_PRODUCTS); i++) {
            if (ids.get(i) == null || !own.contains(ids.get(i))) {
                errors.add(new FieldError("productIds[" + i + "]", CommunityMessages.IS_NOT_ONE_OF_YOUR_PRODUCTS));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        Collab collab = new Collab(brandId, brand, creator.getId(), b, c, List.copyOf(new LinkedHashSet<>(ids)), clock.instant());
        collabs.add(collab);
        return collab;
    }

    /** The creator decides once; the row lock makes a double click (or two devices) decide only once. */
    @Transactional
    public Collab decide(long creatorId, long collabId, boolean accept) {
        Collab collab = collabs.byIdForUpdate(collabId).filter(c -> isParty(c, creatorId))
                .orElseThrow(() -> Problems.notFound("collabId", CommunityMessages.COLLABORATION_N_DOES_NOT_EXIST, collabId));
        if (collab.getCreatorId() != creatorId) {
            throw Problems.forbidden(CommunityMessages.ONLY_INVITED_CREATOR_DECIDES);
        }
        if (collab.getState() != Collab.State.INVITED) {
            throw Problems.conflict("state",
                    collab.getState() == Collab.State.ACCEPTED
                            ? Message.of(CommunityMessages.INVITATION_WAS_ALREADY_ACCEPTED)
                            : Message.of(CommunityMessages.INVITATION_WAS_ALREADY_DECLINED));
        }
        collab.decide(accept, clock.instant());
        return collab;
    }

    /** A collaboration the caller takes part in (as brand or creator); others look missing. */
    public Collab requireParty(long accountId, long collabId) {
        return collabs.byId(collabId).filter(c -> isParty(c, accountId))
                .orElseThrow(() -> Problems.notFound("collabId", CommunityMessages.COLLABORATION_N_DOES_NOT_EXIST, collabId));
    }

    public List<Collab> of(long accountId) {
        return collabs.withParty(accountId);
    }

    private static boolean isParty(Collab collab, long accountId) {
        return collab.getCreatorId() == accountId || collab.getBrandAccountId() == accountId;
    }
}
