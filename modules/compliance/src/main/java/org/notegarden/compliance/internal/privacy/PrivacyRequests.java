package org.notegarden.compliance.internal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.compliance.api.AccountErased;
import org.notegarden.compliance.api.AuditLog;
import org.notegarden.compliance.api.Consents;
import org.notegarden.compliance.api.Erasure;
import org.notegarden.compliance.api.ModeratedContent;
import org.notegarden.compliance.api.RegionPolicies;
import org.notegarden.compliance.api.RegionPolicy;
import org.notegarden.compliance.api.SubjectKind;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.compliance.internal.moderation.Subjects;
import org.notegarden.platform.api.Problems;

/**
 * Privacy requests with the deadline of the person's regime (their sign-up region's policy).
 * Exports run in the background; opt-outs take effect at once; deletion goes through
 * {@link #erase}; access, correction and anything unusual wait for compliance staff.
 */
@ApplicationScoped
public class PrivacyRequests implements Erasure {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;
    RegionPolicies regions;
    Subjects subjects;
    ConsentService consents;
    AuditLog audit;
    Event<AccountErased> erased;
    int orderRetentionYears;

    @Inject
    public PrivacyRequests(Clock clock, RegionPolicies regions, Subjects subjects, ConsentService consents,
            AuditLog audit, Event<AccountErased> erased,
                    @ConfigProperty(name = "notegarden.privacy.order-retention-years",
                            defaultValue = "10") int orderRetentionYears) {
        this.clock = clock;
        this.regions = regions;
        this.subjects = subjects;
        this.consents = consents;
        this.audit = audit;
        this.erased = erased;
        this.orderRetentionYears = orderRetentionYears;
    }

    /** For the CDI container's proxy only. */
    protected PrivacyRequests() {
    }

    @Transactional
    public PrivacyRequest open(long accountId, String kindName, String details) {
        PrivacyRequest.Kind kind;
        try {
            kind = PrivacyRequest.Kind.valueOf(kindName == null ? "" : kindName.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("kind", ComplianceMessages.MUST_BE_ONE_OF_ACCESS_EXPORT_CORRECT_OPT);
        }
        if (kind == PrivacyRequest.Kind.DELETE) {
            throw Problems.invalid("kind", ComplianceMessages.DELETING_YOUR_ACCOUNT_NEEDS_YOUR_PASSWORD_USE_PRIVACY);
        }
        String text = details == null ? "" : details.strip();
        if (text.length() > 2000) {
            throw Problems.invalid("details", ComplianceMessages.MUST_BE_AT_MOST_2000_CHARACTERS);
        }
        if (kind == PrivacyRequest.Kind.CORRECT && text.length() < 5) {
            throw Problems.invalid("details", ComplianceMessages.SAY_WHAT_SHOULD_BE_CORRECTED);
        }
        if ((kind == PrivacyRequest.Kind.EXPORT || kind == PrivacyRequest.Kind.ACCESS) && exportRunning(accountId)) {
            throw Problems.conflict("kind", ComplianceMessages.EXPORT_IS_ALREADY_BEING_PREPARED);
        }
        PrivacyRequest r = create(accountId, kind, text);
        if (kind == PrivacyRequest.Kind.OPT_OUT) {
            consents.record(accountId, Consents.Purpose.MARKETING, false, ConsentRecord.Source.USER);
            consents.record(accountId, Consents.Purpose.PERSONALISATION, false, ConsentRecord.Source.USER);
            r.complete(clock.instant(), null, null);
        }
        return r;
    }

    @Override
    @Transactional
    public long erase(long accountId, String regionId) {
        PrivacyRequest r = create(accountId, PrivacyRequest.Kind.DELETE, "erasure confirmed with the account password");
        Instant now = clock.instant();
        Instant retainUntil = now.atZone(java.time.ZoneOffset.UTC).plusYears(orderRetentionYears).toInstant();
        erased.fire(new AccountErased(accountId, now, retainUntil));
        r.complete(now, null, null);
        audit.record(accountId, "privacy.account.erased", "account:" + accountId,
                "request " + r.getId() + "; order records held until " + retainUntil.toString().substring(0, 10));
        return r.getId();
    }

    private PrivacyRequest create(long accountId, PrivacyRequest.Kind kind, String details) {
        String regionId = subjects.snapshot(SubjectKind.ACCOUNT,
                accountId).map(ModeratedContent.Snapshot::authorRegionId).orElse(null);
        RegionPolicy policy = regions.byId(regionId);
        Instant now = clock.instant();
        PrivacyRequest r = new PrivacyRequest(accountId, kind, policy.privacyRegime(), policy.id(), details, now,
                now.plus(Duration.ofDays(policy.requestDeadlineDays())));
        em.persist(r);
        em.flush();
        return r;
    }

    private boolean exportRunning(long accountId) {
        return !em.createQuery("select r.id from PrivacyRequest r where r.accountId = :a and r.kind in :k and r.status in :s", Long.class)
                .setParameter("a", accountId)
                .setParameter("k", List.of(PrivacyRequest.Kind.EXPORT, PrivacyRequest.Kind.ACCESS))
                .setParameter("s", List.of(PrivacyRequest.Status.RECEIVED, PrivacyRequest.Status.IN_PROGRESS))
                .getResultList().isEmpty();
    }

    public List<PrivacyRequest> mine(long accountId) {
        return em.createQuery("select r from PrivacyRequest r where r.accountId = :a order by r.id desc", PrivacyRequest.class)
                .setParameter("a", accountId).setMaxResults(100).getResultList();
    }

    /** Open requests, soonest deadline first, for compliance staff. */
    public List<PrivacyRequest> open() {
        return em.createQuery("select r from PrivacyRequest r where r.status in :s order by r.dueAt, r.id", PrivacyRequest.class)
                .setParameter("s", List.of(PrivacyRequest.Status.RECEIVED, PrivacyRequest.Status.IN_PROGRESS))
                .setMaxResults(500).getResultList();
    }

    public List<PrivacyRequest> recent() {
        return em.createQuery("select r from PrivacyRequest r order by r.id desc",
                PrivacyRequest.class).setMaxResults(200).getResultList();
    }

    @Transactional
    public PrivacyRequest require(long id) {
        return Optional.ofNullable(em.find(PrivacyRequest.class, id))
                .orElseThrow(() -> Problems.notFound("requestId", ComplianceMessages.REQUEST_N_DOES_NOT_EXIST, id));
    }

    /** Staff move a request along; every step is audited. */
    @Transactional
    public PrivacyRequest handle(long id, long staffId, String status, String note) {
        PrivacyRequest r = require(id);
        Instant now = clock.instant();
        switch (status == null ? "" : status.trim().toUpperCase(Locale.ROOT)) {
            case "IN_PROGRESS" -> r.startedBy(staffId);
            case "COMPLETED" -> r.complete(now, r.getFileKey(), staffId);
            case "REJECTED" -> {
                if (note == null || note.isBlank()) {
                    throw Problems.invalid("note", ComplianceMessages.REJECTION_NEEDS_REASON_PERSON_WILL_READ);
                }
                r.reject(now, note.strip(), staffId);
            }
            default -> throw Problems.invalid("status", ComplianceMessages.MUST_BE_IN_PROGRESS_COMPLETED_OR_REJECTED);
        }
        audit.record(staffId, "privacy.request." + r.getStatus().name().toLowerCase(Locale.ROOT), "privacy-request:" + id,
                r.getKind() + " for account " + r.getAccountId());
        return r;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(long id, int percent, String note) {
        require(id).progress(percent, note);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void exported(long id, String fileKey) {
        require(id).complete(clock.instant(), fileKey, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, String why) {
        require(id).progress(0, "failed: " + why + " — compliance staff will follow up");
    }

    /**
     * Claims a pending export for this node until {@code until}, unless another node holds it: of
     * nodes that all found it pending (each looks at start-up and every minute) exactly one builds it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimExport(long id, Instant now, Instant until) {
        return em.createQuery("update PrivacyRequest r set r.claimedUntil = :until where r.id = :id and r.status in :s "
                        + "and (r.claimedUntil is null or r.claimedUntil < :now)")
                .setParameter("until", until).setParameter("id", id).setParameter("now", now)
                .setParameter("s", List.of(PrivacyRequest.Status.RECEIVED, PrivacyRequest.Status.IN_PROGRESS))
                .executeUpdate() == 1;
    }

    /** Read in a transaction of its own when the export worker asks (every minute): see community's NewestPublishTime. */
    @Transactional
    public List<Long> pendingExports() {
        return em.createQuery("select r.id from PrivacyRequest r where r.kind in :k and r.status in :s order by r.id", Long.class)
                .setParameter("k", List.of(PrivacyRequest.Kind.EXPORT, PrivacyRequest.Kind.ACCESS))
                .setParameter("s", List.of(PrivacyRequest.Status.RECEIVED, PrivacyRequest.Status.IN_PROGRESS))
                .getResultList();
    }
}
