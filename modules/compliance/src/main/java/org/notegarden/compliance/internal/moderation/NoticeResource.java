package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.notegarden.platform.api.Caller;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.RequestBodies;
import org.notegarden.platform.api.SuccessStatus;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.notegarden.platform.api.EnumValues;
import org.notegarden.compliance.api.SubjectKind;

/** Anyone may report; the receipt's token lets an anonymous notifier follow the outcome. */
@RequestScoped
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticeResource {
    CallerContext caller;
    NoticeService notices;
    ModerationService moderation;

    @Inject
    public NoticeResource(CallerContext caller, NoticeService notices, ModerationService moderation) {
        this.caller = caller;
        this.notices = notices;
        this.moderation = moderation;
    }

    /** For the CDI container's proxy only. */
    protected NoticeResource() {
    }

    public record NoticeStatus(long id, @EnumValues(SubjectKind.class) String subjectKind, long subjectId, @EnumValues(NoticeCategory.class) String category, @EnumValues(Notice.Outcome.class) String outcome,
                               Instant receivedAt, Instant decidedAt, Long caseId, boolean canAppeal) {
    }

    @POST
    @APIResponse(responseCode = "201", description = "The notice's receipt", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = NoticeService.Receipt.class)))
    @SuccessStatus(201)
    public NoticeService.Receipt file(NoticeService.NoticeInput body) {
        RequestBodies.required(body);
        Long me = caller.current().map(Caller::accountId).orElse(null);
        return notices.file(body, me);
    }

    /** The receipt's secret, sent in a body so that it never appears in a URL (logs, proxies, history). */
    public static class NoticeTokenBody {
        public String token;
    }

    /** A signed-in notifier follows their own notice. */
    @GET
    @Path("{id}")
    public NoticeStatus status(@PathParam("id") long id) {
        return view(id, null);
    }

    /** Anyone holding the receipt's token follows the notice. */
    @POST
    @Path("{id}/status")
    public NoticeStatus statusWithToken(@PathParam("id") long id, NoticeTokenBody body) {
        return view(id, body == null ? null : body.token);
    }

    private NoticeStatus view(long id, String token) {
        Long me = caller.current().map(Caller::accountId).orElse(null);
        Notice n = notices.status(id, token, me);
        ReviewCase c = moderation.require(n.getCaseId());
        boolean decided = c.getState() == ReviewCase.State.DECIDED;
        return new NoticeStatus(n.getId(), n.getSubjectKind().name(), n.getSubjectId(), n.getCategory().name(),
                n.getOutcome().name(), n.getCreatedAt(), n.getOutcomeAt(), decided ? c.getId() : null,
                decided && n.getNotifierId() != null);
    }
}
