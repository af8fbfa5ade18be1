package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.platform.api.Problems;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The public transparency report for any period (default: the last 30 days). */
@RequestScoped
@Path("transparency")
@Produces(MediaType.APPLICATION_JSON)
public class TransparencyResource {
    TransparencyReport reports;
    TransparencyTemplate template;
    Clock clock;
    String provider;

    @Inject
    public TransparencyResource(TransparencyReport reports, TransparencyTemplate template, Clock clock,
            @ConfigProperty(name = "notegarden.dsa.provider-name", defaultValue = "Notegarden") String provider) {
        this.reports = reports;
        this.template = template;
        this.clock = clock;
        this.provider = provider;
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

    /**
     * A calendar year in the Commission's template (Implementing Regulation (EU) 2024/2835): all
     * sections as CSV files in one ZIP.
     */
    @GET
    @Path("template/{year}.zip")
    @Produces("application/zip")
    @APIResponse(responseCode = "200", description = "The year's transparency report template, every section as CSV", content = @Content(mediaType = "application/zip",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response templateZip(@PathParam("year") String year) {
        int y = year(year);
        return Response.ok(TemplateCsv.zip(y, provider, template.of(y)))
                .header("Content-Disposition", "attachment; filename=\"notegarden-transparency-" + y + ".zip\"").build();
    }

    /** One section of the template for a calendar year, as CSV. */
    @GET
    @Path("template/{year}/{section}.csv")
    @Produces("text/csv; charset=UTF-8")
    @APIResponse(responseCode = "200", description = "One section of the template as CSV", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response templateSection(@PathParam("year") String year, @PathParam("section") String section) {
        int y = year(year);
        TransparencyTemplate.Section found = template.of(y).stream().filter(s -> s.name().equals(section)).findFirst()
                .orElseThrow(() -> Problems.notFound("section", ComplianceMessages.NO_REPORT_SECTION_N, section));
        return Response.ok(TemplateCsv.csv(found))
                .header("Content-Disposition", "attachment; filename=\"" + section + "-" + y + ".csv\"").build();
    }

    /** A year from 2024 (the DSA's first full year) to this one. */
    private int year(String text) {
        int now = TransparencyTemplate.currentYear(clock.instant());
        try {
            int y = Integer.parseInt(text.trim());
            if (y >= 2024 && y <= now) {
                return y;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range year
        }
        throw Problems.invalid("year", ComplianceMessages.MUST_BE_YEAR_FROM_2024_TO_N, String.valueOf(now));
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
