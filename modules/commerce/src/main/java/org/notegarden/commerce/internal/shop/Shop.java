package org.notegarden.commerce.internal.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A shop and its owner's application. Lifecycle: PENDING (applied or resubmitted) → APPROVED
 * (sells; its owner is a merchant) or REJECTED (with a reason; the owner may edit and resubmit).
 * Trader details are kept because consumer law requires a seller to be identifiable.
 */
@Entity
@Table(name = "co_shop")
public class Shop {
    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "co_id")
    @SequenceGenerator(name = "co_id", sequenceName = "co_id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String description;
    @Column(name = "logo_media_id")
    private Long logoMediaId;
    @Column(nullable = false)
    private String currency;
    @Column(name = "legal_name", nullable = false)
    private String legalName;
    @Column(nullable = false)
    private String address;
    /** Where the shop ships from (ISO 3166 alpha-2); null for shops that never said. */
    @Column(length = 2)
    private String country;
    @Column(name = "contact_email", nullable = false)
    private String contactEmail;
    @Column(name = "contact_phone", nullable = false)
    private String contactPhone;
    @Column(name = "registration_number", nullable = false)
    private String registrationNumber;
    @Column(name = "self_certified", nullable = false)
    private boolean selfCertified;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    /** Screening held the name or description, or a moderator removed them: others see neither. */
    @Column(name = "profile_held", nullable = false)
    private boolean profileHeld;
    @Version
    private long version;

    protected Shop() {
    }

    Shop(long ownerId, ShopRules.Application a, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
        apply(a, now);
    }

    /** (Re)submits the application: back to PENDING, the last decision cleared. */
    void apply(ShopRules.Application a, Instant now) {
        if (status == Status.APPROVED) {
            throw new IllegalStateException("an approved shop edits its profile, it does not reapply");
        }
        setProfile(a.name(), a.description(), a.logoMediaId());
        this.currency = a.currency();
        this.legalName = a.legalName();
        this.address = a.address();
        this.country = a.country();
        this.contactEmail = a.contactEmail();
        this.contactPhone = a.contactPhone();
        this.registrationNumber = a.registrationNumber();
        this.selfCertified = a.selfCertified();
        this.status = Status.PENDING;
        this.decisionReason = null;
        this.decidedBy = null;
        this.decidedAt = null;
        this.updatedAt = now;
    }

    void setProfile(String name, String description, Long logoMediaId) {
        this.name = name;
        this.description = description;
        this.logoMediaId = logoMediaId;
    }

    /** The country is not screened or decided on: an approved shop may correct it. */
    void shipsFrom(String country) {
        this.country = country;
    }

    void decide(boolean approve, String reason, Long adminId, Instant now) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("only a pending application is decided");
        }
        this.status = approve ? Status.APPROVED : Status.REJECTED;
        this.decisionReason = reason;
        this.decidedBy = adminId;
        this.decidedAt = now;
        this.updatedAt = now;
    }

    /** Screening's verdict on the current name and description, or a moderator's decision. */
    public void holdProfile(boolean held) {
        this.profileHeld = held;
    }

    /** The name others see: a held or removed name is replaced by a neutral one until it is fixed. */
    public String getPublicName() {
        return publicName(id, name, profileHeld);
    }

    /** The name buyers see: a neutral one while the shop's profile is held for review. */
    public static String publicName(long id, String name, boolean profileHeld) {
        return profileHeld ? "Shop " + id : name;
    }

    /** The description others see (empty while held or removed). */
    public String getPublicDescription() {
        return profileHeld ? "" : description;
    }

    public boolean isProfileHeld() { return profileHeld; }
    public Long getId() { return id; }
    public long getOwnerId() { return ownerId; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public Long getLogoMediaId() { return logoMediaId; }
    public String getCurrency() { return currency; }
    public String getLegalName() { return legalName; }
    public String getAddress() { return address; }
    public String getCountry() { return country; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public String getRegistrationNumber() { return registrationNumber; }
    public boolean isSelfCertified() { return selfCertified; }
    public Status getStatus() { return status; }
    public String getDecisionReason() { return decisionReason; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getCreatedAt() { return createdAt; }
}
