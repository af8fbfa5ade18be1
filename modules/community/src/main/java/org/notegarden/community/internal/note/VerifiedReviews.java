package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.notegarden.community.api.PurchaseLookup;
import org.notegarden.community.api.ReviewPosted;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.platform.api.Problems;

/**
 * Review notes with the "verified purchase" badge: the writer received the order line (asked of
 * the storefront through {@link PurchaseLookup}), each line has one live review, and the
 * reviewed product is tagged first.
 */
@ApplicationScoped
public class VerifiedReviews {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    PurchaseLookup purchases;
    ReviewRatings ratings;
    Event<ReviewPosted> posted;

    @Inject
    public VerifiedReviews(PurchaseLookup purchases, ReviewRatings ratings, Event<ReviewPosted> posted) {
        this.purchases = purchases;
        this.ratings = ratings;
        this.posted = posted;
    }

    /** For the CDI container's proxy only. */
    protected VerifiedReviews() {
    }

    /** A received purchase of the author's that has no review yet (deleted reviews free it again). */
    PurchaseLookup.Purchase requireReviewable(long authorId, NoteService.ReviewOf review) {
        if (review.orderId() == null || review.skuId() == null) {
            throw Problems.invalid("review", CommunityMessages.NEEDS_ORDERID_AND_SKUID);
        }
        if (review.rating() != null && (review.rating() < 1 || review.rating() > 5)) {
            throw Problems.invalid("review.rating", CommunityMessages.MUST_BE_WHOLE_NUMBER_OF_STARS_1_5);
        }
        PurchaseLookup.Purchase purchase = purchases.received(authorId, review.orderId(), review.skuId())
                .orElseThrow(() -> Problems.invalid("review", CommunityMessages.IS_NOT_ITEM_OF_ORDER_YOU_HAVE_RECEIVED));
        long existing = em.createQuery("select count(n) from Note n where n.reviewOrderId = :o and n.reviewSkuId = :s"
                        + " and n.state <> :deleted", Long.class)
                .setParameter("o", purchase.orderId()).setParameter("s", purchase.skuId())
                .setParameter("deleted", Note.State.DELETED).getSingleResult();
        if (existing > 0) {
            throw Problems.conflict("review", CommunityMessages.YOU_HAVE_ALREADY_REVIEWED_ITEM);
        }
        return purchase;
    }

    /** Records the stars a new review gives its product, if it gives any. */
    void rate(Note review, Integer stars) {
        if (stars != null) {
            ratings.rate(review.getId(), review.getReviewProductId(), stars);
        }
    }

    /** A note went public for the first time: if it is a review, the storefront hears of it (in this transaction). */
    void published(Note note) {
        if (note.getReviewOrderId() == null || note.getReviewSkuId() == null || note.getReviewProductId() == null) {
            return;
        }
        posted.fire(new ReviewPosted(note.getId(), note.getAuthorId(), note.getReviewOrderId(), note.getReviewSkuId(),
                note.getReviewProductId(), ratings.starsOf(note.getId()), note.getTitle(), note.getPublishedAt()));
    }

    /** The input with the reviewed product first among its tags (and not twice). */
    static NoteRules.Input withProductFirst(NoteRules.Input input, long productId) {
        List<Long> tagged = new ArrayList<>();
        tagged.add(productId);
        if (input.productIds() != null) {
            input.productIds().stream().filter(id -> id == null || id != productId).forEach(tagged::add);
        }
        return new NoteRules.Input(input.title(), input.body(), input.mediaIds(), input.topics(), input.locationName(),
                tagged);
    }
}
