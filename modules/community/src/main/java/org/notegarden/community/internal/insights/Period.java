package org.notegarden.community.internal.insights;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.platform.api.Problems;

/**
 * A dashboard's period: the last {@code days} UTC days up to today (30 by default, at most 365),
 * and the viewer's time zone for figures that depend on the hour (UTC when not given). Daily
 * figures stay in UTC days: they are stored that way.
 */
public record Period(LocalDate from, LocalDate to, ZoneId zone) {
    public static Period lastDays(Integer days, Clock clock) {
        return lastDays(days, null, clock);
    }

    public static Period lastDays(Integer days, String timeZone, Clock clock) {
        ZoneId zone;
        try {
            zone = timeZone == null || timeZone.isBlank() ? ZoneOffset.UTC : ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw Problems.invalid("tz", CommunityMessages.MUST_BE_IANA_TIME_ZONE);
        }
        int n = days == null ? 30 : days;
        if (n < 1 || n > 365) {
            throw Problems.invalid("days", CommunityMessages.MUST_BE_BETWEEN_1_AND_365);
        }
        LocalDate to = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        return new Period(to.minusDays(n - 1), to, zone);
    }
}
