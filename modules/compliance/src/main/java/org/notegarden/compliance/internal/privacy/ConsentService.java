package org.notegarden.compliance.internal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.compliance.api.Consents;

/** Consent as an append-only history; giving and withdrawing are the same one call. */
@ApplicationScoped
public class ConsentService implements Consents {
    ConsentRecords records;
    Clock clock;
    String noticeVersion;

    @Inject
    public ConsentService(ConsentRecords records, Clock clock, @ConfigProperty(name = "notegarden.privacy.notice-version",
            defaultValue = "2026-11") String noticeVersion) {
        this.records = records;
        this.clock = clock;
        this.noticeVersion = noticeVersion;
    }

    /** For the CDI container's proxy only. */
    protected ConsentService() {
    }

    @Override
    public boolean granted(long accountId, Purpose purpose) {
        return latest(accountId).getOrDefault(purpose, false);
    }

    @Override
    @Transactional
    public void recordSignUpDefaults(long accountId, boolean personalisation) {
        for (Purpose p : Purpose.values()) {
            records.add(new ConsentRecord(accountId, p, p == Purpose.PERSONALISATION && personalisation, noticeVersion,
                    ConsentRecord.Source.SIGN_UP_DEFAULT, clock.instant()));
        }
    }

    @Transactional
    public void record(long accountId, Purpose purpose, boolean granted, ConsentRecord.Source source) {
        records.add(new ConsentRecord(accountId, purpose, granted, noticeVersion, source, clock.instant()));
    }

    public Map<Purpose, Boolean> latest(long accountId) {
        Map<Purpose, Boolean> out = new EnumMap<>(Purpose.class);
        for (ConsentRecord r : history(accountId)) {
            out.putIfAbsent(r.getPurpose(), r.isGranted()); // newest first
        }
        return out;
    }

    public List<ConsentRecord> history(long accountId) {
        return records.of(accountId);
    }

    public String noticeVersion() {
        return noticeVersion;
    }
}
