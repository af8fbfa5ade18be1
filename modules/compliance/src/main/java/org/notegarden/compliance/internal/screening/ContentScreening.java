package org.notegarden.compliance.internal.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.compliance.api.Screening;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.compliance.internal.abuse.AbuseSignals;
import org.notegarden.compliance.internal.moderation.ModerationService;
import org.notegarden.compliance.internal.moderation.QueueLanguages;
import org.notegarden.compliance.internal.place.OfflineIpLocation;
import org.notegarden.platform.api.Problems;

/**
 * Screening as text is written. Refusals are for the short, explicit refuse list only;
 * everything else that looks wrong is held for a person to judge, because word lists cannot
 * see context ("kill it at the gym").
 */
@ApplicationScoped
public class ContentScreening implements Screening {
    /** Accounts younger than this are "new": no links, stricter duplicate handling. */
    static final Duration NEW_ACCOUNT = Duration.ofDays(7);
    static final Duration DUPLICATE_WINDOW = Duration.ofDays(7);

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;
    ModerationService moderation;
    AbuseSignals signals;
    OfflineIpLocation requests;
    Optional<String> operatorDir;

    @Inject
    public ContentScreening(Clock clock, ModerationService moderation, AbuseSignals signals,
            OfflineIpLocation requests, @ConfigProperty(name = "notegarden.screening.dir") Optional<String> operatorDir) {
        this.clock = clock;
        this.moderation = moderation;
        this.signals = signals;
        this.requests = requests;
        this.operatorDir = operatorDir;
    }

    /** For the CDI container's proxy only. */
    protected ContentScreening() {
    }

    private volatile WordLists lists;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Verdict screen(Submission s) {
        String text = s.text() == null ? "" : s.text();
        Instant now = clock.instant();
        if (requests.currentAddress().isEmpty()) {
            // Written by the platform itself outside any request (the demo seed): trusted, but
            // fingerprinted, so people copying it are still caught.
            if (SimHash.worthComparing(text)) {
                em.persist(new Fingerprint(s.kind().name(), s.subjectId(), s.authorId(), SimHash.of(text), now));
            }
            return new Verdict(Outcome.PUBLISH, List.of(), QueueLanguages.of(text));
        }
        Optional<String> refused = lists().refused(text);
        if (refused.isPresent()) {
            throw Problems.invalid(s.field(), ComplianceMessages.CONTAINS_N_WHICH_IS_NOT_ALLOWED_ON_NOTEGARDEN, refused.get());
        }
        boolean newAccount = s.authorSince() != null && s.authorSince().isAfter(now.minus(NEW_ACCOUNT));
        List<String> reasons = new ArrayList<>();
        lists().held(text).ifPresent(w -> reasons.add("word list: " + w));
        SpamSignals.of(text, newAccount).ifPresent(r -> reasons.add("spam: " + r));
        if (SimHash.worthComparing(text)) {
            long hash = SimHash.of(text);
            int others = otherAuthorsWithNearDuplicates(hash, s.authorId(), now);
            if (others > 0) {
                reasons.add("near-duplicate of text by " + others + " other account" + (others == 1 ? "" : "s"));
                signals.record("duplicate.cluster", null, s.authorId(),
                        s.kind() + ":" + s.subjectId() + " like " + others + " other account(s)");
            }
            em.persist(new Fingerprint(s.kind().name(), s.subjectId(), s.authorId(), hash, now));
        }
        Verdict v = new Verdict(reasons.isEmpty() ? Outcome.PUBLISH : Outcome.HOLD, List.copyOf(reasons),
                QueueLanguages.of(text));
        if (v.held()) {
            moderation.hold(s, v);
        }
        return v;
    }

    @Override
    public boolean fitForPublicList(String text) {
        String t = text == null ? "" : text;
        return lists().refused(t).isEmpty() && lists().held(t).isEmpty() && SpamSignals.of(t, false).isEmpty();
    }

    /** Candidates share a band (pigeonhole), then the exact distance decides. */
    private int otherAuthorsWithNearDuplicates(long hash, long authorId, Instant now) {
        List<Fingerprint> candidates = em.createQuery("select f from Fingerprint f where f.createdAt > :since and f.authorId <> :me "
                        + "and (f.band0 = :b0 or f.band1 = :b1 or f.band2 = :b2 or f.band3 = :b3)", Fingerprint.class)
                .setParameter("since", now.minus(DUPLICATE_WINDOW)).setParameter("me", authorId)
                .setParameter("b0", SimHash.band(hash, 0)).setParameter("b1", SimHash.band(hash, 1))
                .setParameter("b2", SimHash.band(hash, 2)).setParameter("b3", SimHash.band(hash, 3))
                .setMaxResults(500).getResultList();
        Set<Long> authors = new HashSet<>();
        for (Fingerprint f : candidates) {
            if (SimHash.distance(hash, f.getSimhash()) <= SimHash.MAX_DISTANCE) {
                authors.add(f.getAuthorId());
            }
        }
        return authors.size();
    }

    private WordLists lists() {
        WordLists l = lists;
        if (l == null) {
            synchronized (this) {
                if (lists == null) {
                    lists = ScreeningLists.load(operatorDir);
                }
                l = lists;
            }
        }
        return l;
    }
}
