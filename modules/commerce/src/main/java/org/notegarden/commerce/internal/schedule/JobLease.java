package org.notegarden.commerce.internal.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A job that runs once per cluster: who ran it last, until when that run holds it, how many runs. */
@Entity
@Table(name = "co_job_lease")
public class JobLease {
    @Id
    private String name;
    private String holder;
    @Column(name = "lease_until", nullable = false)
    private Instant leaseUntil;
    @Column(nullable = false)
    private long runs;

    protected JobLease() {
    }

    public String getHolder() { return holder; }

    public long getRuns() { return runs; }
}
