package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.platform.api.Problems;

/** The public transparency report for any period (default: the last 30 days). */
@RequestScoped
@Path("transparency")
@Produces(MediaType.APPLICATION_JSON)
public class TransparencyResource {
    TransparencyReport reports;

    @Inject
    public TransparencyResource(TransparencyReport reports) {
        this.reports = reports;
    }

    /** For the CDI container's proxy only. */
    protected TransparencyResource() {
    }

    @GET
    public TransparencyReport.Report report(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = parse(to, "to", LocalDate.now(ZoneOffset.UTC));
        LocalDate start = parse(from, "from", end.minusDays(29));
        if (start.isAfter(end)) {
            throw Problems.invalid("from", ComplianceMessages.MUST_NOT_BE_AFTER_TO);
        }
        if (start.plusYears(5).isBefore(end)) {
            throw Problems.invalid("from", ComplianceMessages.REPORT_COVERS_AT_MOST_FIVE_YEARS);
        }
        return reports.of(start, end);
    }

    private static LocalDate parse(String s, String field, LocalDate fallback) {
        if (s == null || s.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw Problems.invalid(field, ComplianceMessages.MUST_BE_DATE_LIKE_2026_01_31);
        }
    }
}
