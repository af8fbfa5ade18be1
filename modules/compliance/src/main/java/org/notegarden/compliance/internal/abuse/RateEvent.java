package org.notegarden.compliance.internal.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event a shared window counted: which counter, for what key (an address, an account), when. */
@Entity
@Table(name = "cp_rate_event")
public class RateEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String counter;
    @Column(name = "rate_key", nullable = false)
    private String rateKey;
    @Column(nullable = false)
    private Instant at;

    protected RateEvent() {
    }

    RateEvent(String counter, String rateKey, Instant at) {
        this.counter = counter;
        this.rateKey = rateKey;
        this.at = at;
    }
}
