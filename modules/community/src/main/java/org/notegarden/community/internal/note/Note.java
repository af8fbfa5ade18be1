package org.notegarden.community.internal.note;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.notegarden.i18n.api.ChineseText;
import org.notegarden.i18n.api.SearchAnalysis;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A note: a title, text, an ordered carousel of images or one video, topics and mentions.
 * Lifecycle: DRAFT (only the author sees it) → PUBLISHED (everyone) → DELETED (kept as a
 * tombstone so comments, likes and notifications that point at it stay consistent).
 * The counters are maintained by atomic SQL updates elsewhere and are read-only here, so an
 * edit by the author can never overwrite a like that happened meanwhile.
 */
@Entity
@Table(name = "cm_note")
@Indexed(index = "note")
public class Note implements NoteContent {
    /** HELD: screening sent it to review; REMOVED: moderation took it down (both visible to the author only). */
    public enum State { DRAFT, PUBLISHED, DELETED, HELD, REMOVED }

    public enum Kind { IMAGES, VIDEO, TEXT }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_id")
    @SequenceGenerator(name = "cm_id", sequenceName = "cm_id_seq", allocationSize = 50)
    private Long id;
    @GenericField
    @Column(name = "author_id", nullable = false)
    private long authorId;
    @Column(nullable = false)
    @FullTextField(analyzer = SearchAnalysis.TEXT, searchAnalyzer = SearchAnalysis.TEXT_QUERY)
    private String title;
    @Column(nullable = false)
    @FullTextField(analyzer = SearchAnalysis.TEXT, searchAnalyzer = SearchAnalysis.TEXT_QUERY)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private State state;
    @Column(name = "location_name")
    private String locationName;
    // Counters change through SQL, unseen by automatic indexing: the services that change them
    // reindex the note (SearchIndexing.countersChanged), so "most liked" sorts stay current.
    @Column(name = "like_count", nullable = false, updatable = false)
    @GenericField(sortable = Sortable.YES)
    private int likeCount;
    @Column(name = "collect_count", nullable = false, updatable = false)
    @GenericField(sortable = Sortable.YES)
    private int collectCount;
    @Column(name = "comment_count", nullable = false, updatable = false)
    private int commentCount;
    @Column(name = "age_restricted", nullable = false)
    @GenericField
    private boolean ageRestricted;
    @Column(nullable = false)
    @GenericField
    private boolean demoted;
    /** Copied from the author's profile setting: a private profile's notes stay out of search. */
    @Column(name = "author_private", nullable = false)
    @GenericField
    private boolean authorPrivate;
    @Column(name = "moderation_label", nullable = false)
    private boolean moderationLabel;
    @Column(name = "statement_id")
    private Long statementId;
    /** Where it was last written from, as the region policy displays it ("CN-GD", "FR"); never an address. */
    @Column(name = "ip_location")
    private String ipLocation;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "published_at")
    @GenericField(sortable = Sortable.YES)
    private Instant publishedAt;
    @Column(name = "review_order_id", updatable = false)
    private Long reviewOrderId;
    @Column(name = "review_sku_id", updatable = false)
    private Long reviewSkuId;
    @Column(name = "review_product_id", updatable = false)
    private Long reviewProductId;
    @Column(name = "sponsor_name")
    private String sponsorName;
    @Column(name = "sponsor_by_platform", nullable = false)
    private boolean sponsorByPlatform;
    @Column(name = "ai_generated", nullable = false)
    private boolean aiGenerated;
    /** Set by the platform from the media's own metadata; an author's edit cannot clear it. */
    @Column(name = "ai_generated_platform", nullable = false)
    private boolean aiGeneratedByPlatform;
    @Column(name = "ai_suspected_platform", nullable = false)
    private boolean aiSuspectedByPlatform;
    @Column(name = "collab_id")
    private Long collabId;
    @Column(name = "ai_assisted", nullable = false)
    private boolean aiAssisted;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER) // small; views run after the transaction ends
    @CollectionTable(name = "cm_note_media", joinColumns = @JoinColumn(name = "note_id"))
    @OrderColumn(name = "position")
    @Column(name = "media_id")
    private List<Long> mediaIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER) // small; views run after the transaction ends
    @CollectionTable(name = "cm_note_topic", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "topic")
    @FullTextField(name = "topics", analyzer = SearchAnalysis.TEXT, searchAnalyzer = SearchAnalysis.TEXT_QUERY)
    @KeywordField(name = "topicKey", normalizer = SearchAnalysis.KEYWORD, aggregable = Aggregable.YES)
    private Set<String> topics = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER) // small; views run after the transaction ends
    @CollectionTable(name = "cm_note_mention", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "account_id")
    private Set<Long> mentionIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER) // small; views run after the transaction ends
    @CollectionTable(name = "cm_note_product", joinColumns = @JoinColumn(name = "note_id"))
    @OrderColumn(name = "position")
    @Column(name = "product_id")
    private List<Long> productIds = new ArrayList<>();

    protected Note() {
    }

    public Note(long authorId, Instant now) {
        this.authorId = authorId;
        this.state = State.DRAFT;
        this.kind = Kind.TEXT;
        this.title = "";
        this.body = "";
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the content; the caller has validated it (see {@link NoteRules}). */
    void edit(NoteRules.Valid content, Instant now) {
        this.title = content.title();
        this.body = content.body();
        this.kind = content.kind();
        this.locationName = content.locationName();
        this.mediaIds.clear();
        this.mediaIds.addAll(content.mediaIds());
        this.topics.clear();
        this.topics.addAll(content.topics());
        this.mentionIds.clear();
        this.mentionIds.addAll(content.mentionIds());
        this.productIds.clear();
        this.productIds.addAll(content.productIds());
        this.updatedAt = now;
    }

    /**
     * Sets the honest labels. A collaboration's sponsorship is applied by the platform and sticks:
     * once a note belongs to a collaboration, later edits cannot remove or rename the brand.
     */
    void label(String sponsorDeclared, boolean aiDeclared, Long collab, String collabBrand) {
        if (collab != null && collabId == null) {
            collabId = collab;
            sponsorName = collabBrand;
            sponsorByPlatform = true;
        } else if (!sponsorByPlatform) {
            sponsorName = sponsorDeclared;
        }
        aiGenerated = aiDeclared || aiGeneratedByPlatform;
    }

    /** Media in the note says a generative model made it: labelled, and the label sticks. */
    void markAiGeneratedByPlatform() {
        aiGeneratedByPlatform = true;
        aiGenerated = true;
    }

    public boolean isAiGeneratedByPlatform() { return aiGeneratedByPlatform; }
    /** A medium bore a generator's traces, without a label or the author's word ({@link AiLabels}). */
    void markAiSuspectedByPlatform() { aiSuspectedByPlatform = true; }
    public boolean isAiSuspectedByPlatform() { return aiSuspectedByPlatform; }

    /** The platform saw the content assistant's words in this note; the label then stays. */
    void markAiAssisted() { aiAssisted = true; }

    /** Marks the note as the review of a received purchase; set once, at creation, never changed. */
    void reviewOf(long orderId, long skuId, long productId) {
        this.reviewOrderId = orderId;
        this.reviewSkuId = skuId;
        this.reviewProductId = productId;
    }

    /** Publishing is one-way: a published note is edited in place, not returned to draft. */
    void publish(Instant now) {
        if (state == State.DRAFT) {
            state = State.PUBLISHED;
            publishedAt = now;
        }
    }

    /** Screening held it: nobody but the author sees it until a moderator decides. */
    void hold() {
        state = State.HELD;
    }

    /** A moderator let held content through: it is published now (if it was meant to be). */
    boolean release(Instant now) {
        if (state != State.HELD) {
            return false;
        }
        state = State.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
        return true;
    }

    void removeByModeration(Long statementId) {
        if (state != State.DELETED) {
            state = State.REMOVED;
        }
        this.statementId = statementId;
    }

    void restrict(boolean ageRestrict, boolean demote, boolean label, Long statementId) {
        this.ageRestricted |= ageRestrict;
        this.demoted |= demote;
        this.moderationLabel |= label;
        this.statementId = statementId;
    }

    /** A decision was reversed on appeal: back to how it was before moderation. */
    void restore(Instant now) {
        if (state == State.REMOVED || state == State.HELD) {
            state = State.PUBLISHED;
            if (publishedAt == null) {
                publishedAt = now;
            }
        }
        ageRestricted = false;
        demoted = false;
        moderationLabel = false;
    }

    public boolean isAgeRestricted() { return ageRestricted; }
    public boolean isDemoted() { return demoted; }
    public boolean isModerationLabel() { return moderationLabel; }
    public Long getStatementId() { return statementId; }

    /** Kept as a tombstone (see the class comment). */
    void delete(Instant now) { state = State.DELETED; updatedAt = now; }

    @Override
    public Long getId() { return id; }
    public long getAuthorId() { return authorId; }
    /** Grows with every change to the note; translations are cached per version. */
    public long getVersion() { return version; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Kind getKind() { return kind; }
    public State getState() { return state; }
    public String getLocationName() { return locationName; }
    public int getLikeCount() { return likeCount; }
    public int getCollectCount() { return collectCount; }
    public int getCommentCount() { return commentCount; }
    public Instant getCreatedAt() { return createdAt; }
    public String getIpLocation() { return ipLocation; }

    /** Stamped at write time from the request's IP location; {@code null} keeps the last known one. */
    public void stampIpLocation(String code) {
        if (code != null) {
            this.ipLocation = code;
        }
    }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public List<Long> getMediaIds() { return List.copyOf(mediaIds); }
    public Set<String> getTopics() { return Set.copyOf(topics); }

    /** Pinyin keys of the Chinese in title, text and topics, so "kafei" finds 咖啡 (index only). */
    @Transient
    @FullTextField(analyzer = SearchAnalysis.PINYIN)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "body")),
            @ObjectPath(@PropertyValue(propertyName = "topics"))})
    public String getPinyin() {
        return ChineseText.pinyinKeys(title + " " + body + " " + String.join(" ", topics));
    }

    /**
     * The form of this note's search document. Raise it whenever the mapping changes in a way a
     * query relies on: a node that finds documents of an older form in its index rebuilds it in the
     * background and, until that is done, asks the index only what the old form can answer
     * (search's {@code IndexBootstrap}). 2 added {@link #isHiddenFromSearch}.
     */
    public static final int INDEX_SCHEMA = 2;

    /** {@link #INDEX_SCHEMA}, stored in every document so a node can tell an index of an older form. */
    @Transient
    @GenericField(name = "indexSchema")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public int getIndexSchema() {
        return INDEX_SCHEMA;
    }

    /**
     * Left out of what anyone may find: not published, demoted or age-restricted by moderation, or
     * from a private profile. One indexed flag, so a public search leaves out hidden notes with
     * one clause instead of one per reason (index only).
     */
    @Transient
    @GenericField(name = "hidden")
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "state")),
            @ObjectPath(@PropertyValue(propertyName = "demoted")),
            @ObjectPath(@PropertyValue(propertyName = "ageRestricted")),
            @ObjectPath(@PropertyValue(propertyName = "authorPrivate"))})
    public boolean isHiddenFromSearch() {
        return state != State.PUBLISHED || demoted || ageRestricted || authorPrivate;
    }

    public boolean isAuthorPrivate() { return authorPrivate; }

    /** Follows the author's profile setting (set at creation and when the author changes it). */
    public void setAuthorPrivate(boolean authorPrivate) { this.authorPrivate = authorPrivate; }
    public Set<Long> getMentionIds() { return Set.copyOf(mentionIds); }
    public List<Long> getProductIds() { return List.copyOf(productIds); }
    public Long getReviewOrderId() { return reviewOrderId; }
    public Long getReviewSkuId() { return reviewSkuId; }
    public Long getReviewProductId() { return reviewProductId; }
    public String getSponsorName() { return sponsorName; }
    public boolean isSponsorByPlatform() { return sponsorByPlatform; }
    public boolean isAiGenerated() { return aiGenerated; }
    public Long getCollabId() { return collabId; }
    public boolean isAiAssisted() { return aiAssisted; }
    /** A review of a purchase the author received: the "verified purchase" badge. */
    public boolean isVerifiedPurchase() { return reviewOrderId != null; }

}
