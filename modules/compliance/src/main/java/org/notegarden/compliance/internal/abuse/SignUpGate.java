package org.notegarden.compliance.internal.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.compliance.api.Place;
import org.notegarden.compliance.api.RegionPolicies;
import org.notegarden.compliance.api.RegionPolicy;
import org.notegarden.compliance.api.SignUpChecks;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.compliance.internal.place.OfflineIpLocation;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.Problems;

/**
 * The sign-up checks, cheapest first. The age question is asked neutrally (a date of birth, no
 * hint of the threshold) and the refusal does not say which age would have passed.
 */
@ApplicationScoped
public class SignUpGate implements SignUpChecks {
    OfflineIpLocation ipLocation;
    RegionPolicies policies;
    AbuseSignals signals;
    SharedWindows windows;
    Clock clock;
    int perAddress;
    int perSubnet;

    @Inject
    public SignUpGate(OfflineIpLocation ipLocation, RegionPolicies policies, AbuseSignals signals, SharedWindows windows, Clock clock,
            @ConfigProperty(name = "notegarden.abuse.signups-per-ip-hour", defaultValue = "10") int perAddress,
                    @ConfigProperty(name = "notegarden.abuse.signups-per-subnet-hour", defaultValue = "50") int perSubnet) {
        this.ipLocation = ipLocation;
        this.policies = policies;
        this.signals = signals;
        this.windows = windows;
        this.clock = clock;
        this.perAddress = perAddress;
        this.perSubnet = perSubnet;
    }

    /** For the CDI container's proxy only. */
    protected SignUpGate() {
    }

    private volatile DisposableDomains disposable;
    private volatile CommonPasswords passwords;
    private volatile WindowCounter byAddress;
    private volatile WindowCounter bySubnet;

    @Override
    public Admitted check(String email, LocalDate birthDate) {
        Optional<byte[]> address = ipLocation.currentAddress();
        Place place = address.map(ipLocation::locate).orElse(Place.UNKNOWN);
        RegionPolicy policy = policies.forCountry(place.country());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        sweepNowAndThen(now);
        if (address.isPresent()) {
            long wait = counters()[0].tryAcquire(OfflineIpLocation.addressKey(address.get()), now);
            if (wait == 0) {
                wait = counters()[1].tryAcquire(OfflineIpLocation.subnetKey(address.get()), now);
            }
            if (wait > 0) {
                signals.record("signup.rate-limited", policy.id(), null, "");
                throw Problems.tooManyRequests(Message.of(ComplianceMessages.TOO_MANY_NEW_ACCOUNTS_FROM_YOUR_NETWORK_TRY), (int) Math.min(wait, 3600));
            }
        }
        if (birthDate == null) {
            throw Problems.invalid("birthDate", ComplianceMessages.IS_REQUIRED_YYYY_MM_DD);
        }
        if (!AgeGate.plausible(birthDate, today)) {
            throw Problems.invalid("birthDate", ComplianceMessages.IS_NOT_REAL_DATE_OF_BIRTH);
        }
        if (AgeGate.age(birthDate, today) < policy.minimumAge()) {
            signals.record("signup.under-age", policy.id(), null, "");
            throw Problems.invalid("birthDate", ComplianceMessages.YOU_CANNOT_CREATE_ACCOUNT_YET);
        }
        if (disposable().isDisposable(email)) {
            signals.record("signup.disposable-email", policy.id(), null, domainOf(email));
            throw Problems.invalid("email", ComplianceMessages.ADDRESSES_FROM_DISPOSABLE_E_MAIL_SERVICES_ARE_NOT);
        }
        return new Admitted(policy.id(), AgeGate.age(birthDate, today) < policy.adultAge());
    }

    private static String domainOf(String email) {
        return email.substring(email.lastIndexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private DisposableDomains disposable() {
        DisposableDomains d = disposable;
        if (d == null) {
            synchronized (this) {
                if (disposable == null) {
                    disposable = DisposableDomains.load();
                }
                d = disposable;
            }
        }
        return d;
    }

    private WindowCounter[] counters() {
        if (byAddress == null) {
            synchronized (this) {
                if (byAddress == null) {
                    bySubnet = new WindowCounter(windows, "signup.subnet", perSubnet, Duration.ofHours(1));
                    byAddress = new WindowCounter(windows, "signup.address", perAddress, Duration.ofHours(1));
                }
            }
        }
        return new WindowCounter[] {byAddress, bySubnet};
    }

    private volatile Instant lastSweep = Instant.EPOCH;

    /** Every ten minutes (per node) counted sign-ups that left the window are forgotten. */
    private void sweepNowAndThen(Instant now) {
        if (now.isAfter(lastSweep.plus(Duration.ofMinutes(10)))) {
            lastSweep = now;
            counters()[0].sweep(now);
            counters()[1].sweep(now);
        }
    }

    @Override
    public boolean commonPassword(String password) {
        CommonPasswords p = passwords;
        if (p == null) {
            p = CommonPasswords.load();
            passwords = p;
        }
        return p.isCommon(password);
    }
}
