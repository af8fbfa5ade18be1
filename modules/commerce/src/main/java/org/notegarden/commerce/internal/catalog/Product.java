package org.notegarden.commerce.internal.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.notegarden.i18n.api.ChineseText;
import org.notegarden.i18n.api.SearchAnalysis;
import java.util.List;

/**
 * A product of one shop. Lifecycle: DRAFT (only the merchant sees it) → ACTIVE (on sale) →
 * ARCHIVED (no longer sold, kept for orders and notes that reference it). Its SKUs are part of
 * the aggregate and change with it.
 */
@Entity
@Table(name = "co_product")
@Indexed(index = "product")
public class Product {
    public enum Status { DRAFT, ACTIVE, ARCHIVED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "co_id")
    @SequenceGenerator(name = "co_id", sequenceName = "co_id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "shop_id", nullable = false)
    private long shopId;
    @Column(name = "title_en")
    @FullTextField(analyzer = SearchAnalysis.TEXT)
    private String titleEn;
    @Column(name = "title_zh")
    @FullTextField(analyzer = SearchAnalysis.TEXT)
    private String titleZh;
    @Column(name = "description_en", nullable = false)
    @FullTextField(analyzer = SearchAnalysis.TEXT)
    private String descriptionEn;
    @Column(name = "description_zh", nullable = false)
    @FullTextField(analyzer = SearchAnalysis.TEXT)
    private String descriptionZh;
    @Column(nullable = false)
    @KeywordField
    private String category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private Status status;
    /** Screening held the text: off sale (a draft) until a moderator decides. */
    @Column(name = "held_for_review", nullable = false)
    private boolean heldForReview;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "co_product_image", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "position")
    @Column(name = "media_id")
    private List<Long> imageMediaIds = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<Sku> skus = new ArrayList<>();

    protected Product() {
    }

    Product(long shopId, Instant now) {
        this.shopId = shopId;
        this.createdAt = now;
        this.status = Status.DRAFT;
    }

    /**
     * Replaces texts, images and variants. SKUs are matched by code: a kept code keeps its row
     * (and its stock unless a new stock is given); a dropped code is deactivated, not deleted,
     * because orders may point at it.
     */
    void edit(CatalogRules.ValidProduct p, Instant now) {
        this.titleEn = p.titleEn();
        this.titleZh = p.titleZh();
        this.descriptionEn = p.descriptionEn();
        this.descriptionZh = p.descriptionZh();
        this.category = p.category();
        this.status = p.status();
        this.imageMediaIds.clear();
        this.imageMediaIds.addAll(p.imageMediaIds());
        for (Sku existing : skus) {
            existing.deactivate();
        }
        for (CatalogRules.ValidSku v : p.skus()) {
            Sku sku = skus.stream().filter(s -> s.getCode().equals(v.code())).findFirst().orElse(null);
            if (sku == null) {
                skus.add(new Sku(this, v));
            } else {
                sku.update(v);
            }
        }
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public long getShopId() { return shopId; }

    public Instant getCreatedAt() { return createdAt; }

    /** Moderation took the listing down: archived, so it is off sale and out of every note. */
    public void removeByModeration() {
        this.status = Status.ARCHIVED;
        this.heldForReview = false;
    }

    /** Screening held the listing's text: it waits as a draft. */
    void holdForReview() {
        this.status = Status.DRAFT;
        this.heldForReview = true;
    }

    /** A moderator let a held listing through: it goes on sale as the merchant asked. */
    public void releaseFromReview() {
        if (heldForReview) {
            this.status = Status.ACTIVE;
            this.heldForReview = false;
        }
    }

    public boolean isHeldForReview() { return heldForReview; }
    /** The optimistic-lock version; an edit raises it, which is what machine translations are cached by. */
    public long getVersion() { return version; }

    public String getTitleEn() { return titleEn; }
    public String getTitleZh() { return titleZh; }
    public String getDescriptionEn() { return descriptionEn; }
    public String getDescriptionZh() { return descriptionZh; }
    public String getCategory() { return category; }
    public Status getStatus() { return status; }
    public List<Long> getImageMediaIds() { return List.copyOf(imageMediaIds); }
    public List<Sku> getSkus() { return List.copyOf(skus); }
    public Instant getUpdatedAt() { return updatedAt; }

    /** Pinyin keys of the Chinese title, so "lvcha" finds 绿茶 (index only). */
    @Transient
    @FullTextField(analyzer = SearchAnalysis.PINYIN)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "titleZh")))
    public String getPinyin() {
        return ChineseText.pinyinKeys(titleZh);
    }
}
