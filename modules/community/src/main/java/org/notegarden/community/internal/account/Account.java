package org.notegarden.community.internal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.notegarden.i18n.api.ChineseText;
import org.notegarden.i18n.api.SearchAnalysis;
import org.notegarden.platform.api.Role;

/**
 * A person's account. Handle and e-mail are unique ignoring case: the {@code *_key} columns
 * hold the lower-cased form the database enforces uniqueness on, while the display form keeps
 * the person's capitalisation.
 */
@Entity
@Table(name = "cm_account")
@Indexed(index = "account")
public class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_id")
    @SequenceGenerator(name = "cm_id", sequenceName = "cm_id_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false)
    private String handle;
    @Column(name = "handle_key", nullable = false)
    private String handleKey;
    @Column(name = "handle_skeleton")
    private String handleSkeleton;
    @Column(nullable = false)
    private String email;
    @Column(name = "email_key", nullable = false)
    private String emailKey;
    /** The address once its owner proved it (a link sent there); unique among accounts, unlike {@code emailKey}. */
    @Column(name = "verified_email_key")
    private String verifiedEmailKey;
    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(nullable = false)
    private String bio = "";
    @Column(name = "avatar_media_id")
    private Long avatarMediaId;
    @Column(nullable = false)
    private String roles;
    private String locale;
    /** The feed mode the person chose (a {@code FeedMode} name); null until they choose. */
    @Column(name = "feed_mode")
    private String feedMode;
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "suspended_until")
    private Instant suspendedUntil;
    @Column(nullable = false)
    private boolean terminated;
    /** Notes are shown only to followers and left out of public feeds; minors start private. */
    @Column(name = "private_profile", nullable = false)
    private boolean privateProfile;
    /** Screening held the display name or bio: others see neither until a moderator lets it through. */
    @Column(name = "profile_held", nullable = false)
    private boolean profileHeld;
    @Column(name = "birth_date")
    private java.time.LocalDate birthDate;
    @Column(name = "region_id")
    private String regionId;
    /** Where it was last written from, as the region policy displays it ("CN-GD", "FR"); never an address. */
    @Column(name = "ip_location")
    private String ipLocation;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Account() {
    }

    public Account(String handle, String email, String passwordHash, String displayName, Instant createdAt) {
        this.handle = handle;
        this.handleKey = keyOf(handle);
        this.handleSkeleton = HandleSkeleton.of(handle);
        this.email = email;
        this.emailKey = keyOf(email);
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = Role.USER.name();
        this.createdAt = createdAt;
    }

    public static String keyOf(String handleOrEmail) {
        return handleOrEmail.trim().toLowerCase(Locale.ROOT);
    }

    public Long getId() { return id; }
    public String getHandle() { return handle; }
    public String getEmail() { return email; }
    public boolean isEmailVerified() { return verifiedEmailKey != null; }

    /** Its owner proved the address. */
    public void emailVerified(Instant at) {
        this.verifiedEmailKey = emailKey;
        this.emailVerifiedAt = at;
    }
    public String getPasswordHash() { return passwordHash; }
    public String getDisplayName() { return displayName; }
    public String getBio() { return bio; }
    public Long getAvatarMediaId() { return avatarMediaId; }
    public String getLocale() { return locale; }
    public String getFeedMode() { return feedMode; }
    public void chooseFeedMode(String mode) { this.feedMode = mode; }
    public Instant getCreatedAt() { return createdAt; }

    public String getIpLocation() { return ipLocation; }

    public java.time.LocalDate getBirthDate() { return birthDate; }

    public String getRegionId() { return regionId; }

    public Instant getSuspendedUntil() { return suspendedUntil; }

    public boolean isPrivateProfile() { return privateProfile; }

    public void setPrivateProfile(boolean privateProfile) { this.privateProfile = privateProfile; }

    public boolean isProfileHeld() { return profileHeld; }

    public void holdProfile(boolean held) { this.profileHeld = held; }

    /** Moderation removed the profile text: back to the handle and an empty bio. */
    public void clearProfileText() {
        this.displayName = handle;
        this.bio = "";
        this.profileHeld = false;
    }

    public boolean isTerminated() { return terminated; }

    // Search fields (index only). A held name or bio is not searchable by others, as it is not shown.
    @Transient
    @KeywordField(name = "handleKey",
            normalizer = SearchAnalysis.KEYWORD)
    @IndexingDependency(derivedFrom =
            @ObjectPath(
                    @PropertyValue(propertyName = "handle")))
    public String getSearchHandle() { return handle; }

    @Transient
    @FullTextField(analyzer = SearchAnalysis.TEXT, searchAnalyzer = SearchAnalysis.TEXT_QUERY)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(
                    @PropertyValue(propertyName = "displayName")),
            @ObjectPath(
                    @PropertyValue(propertyName = "bio")),
            @ObjectPath(
                    @PropertyValue(propertyName = "profileHeld"))})
    public String getSearchProfile() { return profileHeld ? "" : displayName + " " + bio; }

    @Transient
    @FullTextField(analyzer = SearchAnalysis.PINYIN)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(
                    @PropertyValue(propertyName = "displayName")),
            @ObjectPath(
                    @PropertyValue(propertyName = "profileHeld"))})
    public String getSearchPinyin() { return profileHeld ? "" : ChineseText.pinyinKeys(displayName); }

    @Transient
    @GenericField(name = "gone")
    @IndexingDependency(derivedFrom =
            @ObjectPath(
                    @PropertyValue(propertyName = "terminated")))
    public boolean isSearchGone() { return terminated; }

    /** Whether moderation keeps this account from signing in and acting at {@code now}. */
    public boolean isRestricted(Instant now) {
        return terminated || (suspendedUntil != null && suspendedUntil.isAfter(now));
    }

    public void suspendUntil(Instant until) {
        this.suspendedUntil = until;
    }

    public void terminate() {
        this.terminated = true;
    }

    /**
     * Erasure: the row stays as an anonymous tombstone (ids are never reused and orders under
     * legal hold still name a buyer id); nothing that identifies the person is left, and no
     * password can ever match again.
     */
    public void anonymise() {
        this.handle = "erased" + id;
        this.handleKey = keyOf(handle);
        this.handleSkeleton = HandleSkeleton.of(handle);
        this.email = "erased-" + id + "@erased.invalid";
        this.emailKey = keyOf(email);
        this.verifiedEmailKey = null; // the address is free for someone else to prove
        this.passwordHash = "!erased";
        this.displayName = "Deleted account";
        this.bio = "";
        this.avatarMediaId = null;
        this.birthDate = null;
        this.ipLocation = null;
        this.terminated = true;
        this.roles = Role.USER.name();
    }

    public void reinstate() {
        this.terminated = false;
        this.suspendedUntil = null;
    }

    /** What the sign-up gate established: the date of birth given and the region policy applied. */
    public void admitted(java.time.LocalDate birthDate, String regionId) {
        this.birthDate = birthDate;
        this.regionId = regionId;
    }

    /** Stamped at write time from the request's IP location; {@code null} keeps the last known one. */
    public void stampIpLocation(String code) {
        if (code != null) {
            this.ipLocation = code;
        }
    }

    public Set<Role> getRoles() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** USER is always kept: every account can do what a user does. */
    public void setRoles(Set<Role> newRoles) {
        EnumSet<Role> all = EnumSet.of(Role.USER);
        all.addAll(newRoles);
        this.roles = all.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public void updateProfile(String displayName, String bio, Long avatarMediaId, String locale) {
        if (displayName != null) this.displayName = displayName;
        if (bio != null) this.bio = bio;
        if (avatarMediaId != null) this.avatarMediaId = avatarMediaId;
        if (locale != null) this.locale = locale;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /**
     * Clears the lock older versions kept on the account itself. Failed logins are now counted
     * per client address and login name ({@link FailedLogins}), never on the account, so that
     * nobody can lock another person out; these columns only ever go back to zero.
     */
    public void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
