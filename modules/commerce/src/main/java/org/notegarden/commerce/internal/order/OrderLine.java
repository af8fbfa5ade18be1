package org.notegarden.commerce.internal.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One bought variant, copied at checkout so later catalog edits never rewrite the order. */
@Embeddable
public class OrderLine {
    @Column(name = "sku_id", nullable = false)
    private long skuId;
    @Column(name = "product_id", nullable = false)
    private long productId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String options;
    @Column(nullable = false)
    private int quantity;
    @Column(name = "unit_price_minor", nullable = false)
    private long unitPriceMinor;
    @Column(name = "note_id")
    private Long noteId;

    protected OrderLine() {
    }

    OrderLine(long skuId, long productId, String title, String options, int quantity, long unitPriceMinor, Long noteId) {
        this.skuId = skuId;
        this.productId = productId;
        this.title = title;
        this.options = options;
        this.quantity = quantity;
        this.unitPriceMinor = unitPriceMinor;
        this.noteId = noteId;
    }

    public long getSkuId() { return skuId; }
    public long getProductId() { return productId; }
    public String getTitle() { return title; }
    public String getOptions() { return options; }
    public int getQuantity() { return quantity; }
    public long getUnitPriceMinor() { return unitPriceMinor; }
    public Long getNoteId() { return noteId; }
}
