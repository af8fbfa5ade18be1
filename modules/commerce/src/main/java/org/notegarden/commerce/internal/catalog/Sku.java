package org.notegarden.commerce.internal.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One variant of a product (a size, a colour): its own code, price and stock. Options are kept
 * as {@code key=value;key=value} text; the API shows them as an object.
 */
@Entity
@Table(name = "co_sku")
public class Sku {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "co_id")
    @SequenceGenerator(name = "co_id", sequenceName = "co_id_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String options;
    @Column(name = "price_minor", nullable = false)
    private long priceMinor;
    @Column(nullable = false)
    private int stock;
    @Column(nullable = false)
    private boolean active;
    /** Shipping weight in grams; null when the merchant gave none. */
    @Column(name = "weight_grams")
    private Integer weightGrams;
    @Version
    private long version;

    protected Sku() {
    }

    Sku(Product product, CatalogRules.ValidSku v) {
        this.product = product;
        this.code = v.code();
        this.stock = v.stock() == null ? 0 : v.stock();
        update(v);
    }

    void update(CatalogRules.ValidSku v) {
        this.options = encode(v.options());
        this.priceMinor = v.priceMinor();
        this.weightGrams = v.weightGrams();
        if (v.stock() != null) {
            this.stock = v.stock();
        }
        this.active = true;
    }

    void deactivate() {
        this.active = false;
    }

    static String encode(Map<String, String> options) {
        StringBuilder b = new StringBuilder();
        options.forEach((k, v) -> b.append(b.length() == 0 ? "" : ";").append(k).append('=').append(v));
        return b.toString();
    }

    public Map<String, String> optionMap() {
        Map<String, String> out = new LinkedHashMap<>();
        if (!options.isEmpty()) {
            for (String pair : options.split(";")) {
                int eq = pair.indexOf('=');
                out.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return out;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public long getPriceMinor() { return priceMinor; }
    public int getStock() { return stock; }
    public boolean isActive() { return active; }

    public Integer getWeightGrams() {
        return weightGrams;
    }
}
