package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.notegarden.compliance.api.ModerationConcluded;
import org.notegarden.compliance.api.ModeratedContent;
import org.notegarden.compliance.api.ModerationEffect;
import org.notegarden.compliance.api.RegionPolicies;
import org.notegarden.compliance.api.RegionPolicy;
import org.notegarden.compliance.api.SubjectKind;

/**
 * Issues statements of reasons and fires the matching effect, in the caller's transaction, so
 * there is never a restriction without its statement or a statement without its restriction.
 */
@ApplicationScoped
public class Statements {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;
    RegionPolicies regions;
    Event<ModerationEffect> effects;
    Event<ModerationConcluded> concluded;

    @Inject
    public Statements(Clock clock, RegionPolicies regions, Event<ModerationEffect> effects,
            Event<ModerationConcluded> concluded) {
        this.clock = clock;
        this.regions = regions;
        this.effects = effects;
        this.concluded = concluded;
    }

    /** For the CDI container's proxy only. */
    protected Statements() {
    }

    /**
     * What a moderator (or the strike rule) decided, with the facts and the ground; {@code category}
     * and {@code keyword} are the Transparency Database's (the keyword may be null).
     */
    record Grounds(String facts, String policyClause, String illegalGround, String category, String keyword) {
    }

    /**
     * What the decision is about, as its statement records it, without personal data.
     *
     * @param regionId         the affected person's region policy: its appeal window applies, and
     *                         it decides whether the statement goes to the Transparency Database
     * @param createdAt        when the content was made (null when it is gone)
     * @param types            Transparency Database content types
     * @param territorialScope EU/EEA countries where the decision applies; empty outside the EU
     */
    record Content(String regionId, Instant createdAt, List<String> types, List<String> territorialScope) {
    }

    /** The statement's view of the reported thing, and of the region its author belongs to. */
    Content content(ReviewCase c, Optional<ModeratedContent.Snapshot> snapshot) {
        String regionId = snapshot.map(ModeratedContent.Snapshot::authorRegionId).orElse(null);
        RegionPolicy policy = regions.byId(regionId);
        List<String> types = new ArrayList<>();
        if (c.getSubjectKind() == SubjectKind.PRODUCT || c.getSubjectKind() == SubjectKind.SHOP) {
            types.add("CONTENT_TYPE_PRODUCT");
        }
        types.add("CONTENT_TYPE_TEXT");
        snapshot.filter(ModeratedContent.Snapshot::hasImages).ifPresent(x -> types.add("CONTENT_TYPE_IMAGE"));
        snapshot.filter(ModeratedContent.Snapshot::hasVideo).ifPresent(x -> types.add("CONTENT_TYPE_VIDEO"));
        List<String> scope = policy.dsaStatements() ? TdbVocabulary.eeaAmong(policy.countries()) : List.of();
        return new Content(policy.id(), snapshot.map(ModeratedContent.Snapshot::createdAt).orElse(null), types, scope);
    }

    Statement issue(ReviewCase c, long affectedAccountId, Content content, Decision decision, Instant restrictionEnd, Grounds g,
                    boolean automatedDecision) {
        Instant now = clock.instant();
        int days = regions.byId(content.regionId()).appealWindowDays();
        Statement s = new Statement("ng-sor-" + UUID.randomUUID(), c, affectedAccountId, decision, restrictionEnd,
                g.facts(), g.policyClause(), g.illegalGround(), c.getSource() == ReviewCase.Source.SCREENING,
                automatedDecision, g.category(), g.keyword(), content, now.plus(Duration.ofDays(days)), now);
        em.persist(s);
        em.flush();
        apply(c, decision, restrictionEnd, s.getId());
        concluded.fire(new ModerationConcluded(affectedAccountId, ModerationConcluded.Topic.DECISION, c.getSubjectKind(),
                c.getSubjectId(), decision.name(), s.getId()));
        return s;
    }

    /** Fires what the decision means for the content and the account. */
    void apply(ReviewCase c, Decision decision, Instant until, Long statementId) {
        if (decision.effect == null) {
            return;
        }
        if (decision.aboutAccount()) {
            // An account decision also takes the reported content out of sight.
            if (c.getSubjectKind() != SubjectKind.ACCOUNT) {
                effects.fire(new ModerationEffect(c.getSubjectKind(), c.getSubjectId(),
                        ModerationEffect.Effect.REMOVE, null, statementId));
            }
            effects.fire(new ModerationEffect(SubjectKind.ACCOUNT, c.getAuthorId(), decision.effect, until, statementId));
        } else {
            effects.fire(new ModerationEffect(c.getSubjectKind(), c.getSubjectId(), decision.effect, null, statementId));
        }
    }

    /** Held content passed review; when nothing lighter was decided either, its author hears so. */
    void release(ReviewCase c, boolean tellAuthor) {
        effects.fire(new ModerationEffect(c.getSubjectKind(), c.getSubjectId(), ModerationEffect.Effect.RELEASE, null, null));
        if (tellAuthor) {
            concluded.fire(new ModerationConcluded(c.getAuthorId(), ModerationConcluded.Topic.RELEASED, c.getSubjectKind(),
                    c.getSubjectId(), Decision.NO_ACTION.name(), null));
        }
    }

    /** Tells a signed-in notifier how their notice ended. */
    void tellNotifier(Notice n, ReviewCase c) {
        if (n.getNotifierId() != null) {
            concluded.fire(new ModerationConcluded(n.getNotifierId(), ModerationConcluded.Topic.REPORT, c.getSubjectKind(),
                    c.getSubjectId(), n.getOutcome().name(), null));
        }
    }

    /** Tells an appellant how their appeal ended. */
    void tellAppellant(Appeal a, ReviewCase c) {
        concluded.fire(new ModerationConcluded(a.getAppellantId(), ModerationConcluded.Topic.APPEAL, c.getSubjectKind(),
                c.getSubjectId(), a.getOutcome().name(), c.getStatementId()));
    }

    /** Undoes a decision after a successful appeal, and says so on the statement. */
    void reverse(ReviewCase c, Statement s, String note) {
        s.reversed(note, clock.instant());
        if (s.getDecision().aboutAccount()) {
            effects.fire(new ModerationEffect(SubjectKind.ACCOUNT, c.getAuthorId(),
                    ModerationEffect.Effect.REINSTATE_ACCOUNT, null, s.getId()));
            if (c.getSubjectKind() != SubjectKind.ACCOUNT) {
                effects.fire(new ModerationEffect(c.getSubjectKind(), c.getSubjectId(),
                        ModerationEffect.Effect.RESTORE, null, s.getId()));
            }
        } else {
            effects.fire(new ModerationEffect(c.getSubjectKind(), c.getSubjectId(), ModerationEffect.Effect.RESTORE,
                    null, s.getId()));
        }
    }
}
