package org.notegarden.commerce.internal.address;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.notegarden.commerce.internal.order.CheckoutRules.ShipTo;

/** One address in a buyer's address book, as checked for a parcel. */
@Entity
@Table(name = "co_address")
public class SavedAddress {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "co_id")
    @SequenceGenerator(name = "co_id", sequenceName = "co_id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String phone;
    @Column(nullable = false)
    private String line;
    @Column(nullable = false)
    private String city;
    @Column(nullable = false)
    private String region;
    @Column(nullable = false)
    private String postal;
    @Column(nullable = false, length = 2)
    private String country;
    @Column(name = "is_default", nullable = false)
    private boolean isDefault;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedAddress() {
    }

    SavedAddress(long ownerId, ShipTo to, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
        change(to);
    }

    void change(ShipTo to) {
        this.name = to.name();
        this.phone = to.phone();
        this.line = to.line();
        this.city = to.city();
        this.region = to.region();
        this.postal = to.postalCode();
        this.country = to.country();
    }

    void makeDefault(boolean yes) {
        this.isDefault = yes;
    }

    public ShipTo shipTo() {
        return new ShipTo(name, phone, line, city, region, postal, country);
    }

    public Long getId() { return id; }
    public long getOwnerId() { return ownerId; }
    public boolean isDefault() { return isDefault; }
    public Instant getCreatedAt() { return createdAt; }
}
