package org.notegarden.compliance.internal.abuse;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 256 rows a shared window check locks (V7), chosen by the key's hash. */
@Entity
@Table(name = "cp_rate_stripe")
public class RateStripe {
    static final int COUNT = 256;

    @Id
    private Integer id;

    protected RateStripe() {
    }
}
