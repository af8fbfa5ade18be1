package org.notegarden.community.internal.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.platform.api.Problems;

/** A dashboard's period: the last {@code days} UTC days up to today (30 by default, at most 365). */
public record Period(LocalDate from, LocalDate to) {
    public static Period lastDays(Integer days, Clock clock) {
        int n = days == null ? 30 : days;
        if (n < 1 || n > 365) {
            throw Problems.invalid("days", CommunityMessages.MUST_BE_BETWEEN_1_AND_365);
        }
        LocalDate to = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        return new Period(to.minusDays(n - 1), to);
    }
}
