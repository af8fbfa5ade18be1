package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** People appeal decisions about their content, or about what they reported. */
@RequestScoped
@Path("appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class AppealResource {
    CallerContext caller;
    AppealService appeals;
    ModerationRecords records;

    @Inject
    public AppealResource(CallerContext caller, AppealService appeals, ModerationRecords records) {
        this.caller = caller;
        this.appeals = appeals;
        this.records = records;
    }

    /** For the CDI container's proxy only. */
    protected AppealResource() {
    }

    public static class AppealBody {
        @Schema(required = true)
        public Long caseId;
        @Schema(required = true)
        public String reason;
    }

    public record MyAppeal(long id, long caseId, String role, String reason, String outcome, String decisionNote,
                           Instant createdAt, Instant decidedAt) {
        static MyAppeal of(Appeal a) {
            return new MyAppeal(a.getId(), a.getCaseId(), a.getAppellantRole().name(), a.getReason(),
                    a.getOutcome() == null ? null : a.getOutcome().name(), a.getDecisionNote(), a.getCreatedAt(),
                            a.getDecidedAt());
        }
    }

    @POST
    @APIResponse(responseCode = "201", description = "The appeal", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = MyAppeal.class)))
    public Response open(AppealBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        if (body.caseId == null) {
            throw Problems.invalid("caseId", ComplianceMessages.IS_REQUIRED);
        }
        return Response.status(Response.Status.CREATED).entity(MyAppeal.of(appeals.open(body.caseId, me, body.reason))).build();
    }

    @GET
    @Path("mine")
    public List<MyAppeal> mine() {
        long me = caller.require().accountId();
        return records.appealsBy(me).stream().map(MyAppeal::of).toList();
    }
}
