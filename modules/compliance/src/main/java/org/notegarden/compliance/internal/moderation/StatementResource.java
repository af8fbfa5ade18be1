package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.platform.api.Caller;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.notegarden.platform.api.EnumValues;
import org.notegarden.compliance.api.SubjectKind;

/**
 * Statements of reasons: the affected person reads theirs (with any appeal and its outcome);
 * moderators and admins read any, and export one in the DSA Transparency Database's shape.
 */
@RequestScoped
@Path("statements")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class StatementResource {
    CallerContext caller;
    ModerationRecords records;

    @Inject
    public StatementResource(CallerContext caller, ModerationRecords records) {
        this.caller = caller;
        this.records = records;
    }

    /** For the CDI container's proxy only. */
    protected StatementResource() {
    }

    public record AppealSummary(long id, @EnumValues(Appeal.Outcome.class) String outcome, String decisionNote, Instant createdAt, Instant decidedAt) {
    }

    public record StatementView(long id, String puid, long caseId, @EnumValues(SubjectKind.class) String subjectKind, long subjectId, String decision,
                                String whatWasDone, Instant restrictionEnd, String facts, String policyClause,
                                String illegalGround, boolean automatedDetection, boolean automatedDecision, String source,
                                String category, Instant createdAt, Instant appealUntil, boolean canAppeal,
                                Instant reversedAt, String reversalNote, AppealSummary appeal) {
    }

    @GET
    @Path("mine")
    public List<StatementView> mine() {
        long me = caller.require().accountId();
        return records.statementsTo(me).stream().map(s -> view(s, me)).toList();
    }

    @GET
    @Path("{id}")
    public StatementView get(@PathParam("id") long id) {
        Caller c = caller.require();
        return view(readable(id, c), c.accountId());
    }

    @GET
    @Path("{id}/dsa")
    @APIResponse(responseCode = "200", description = "The statement in the EU Transparency Database's submission format",
            content = @Content(mediaType = "application/json", schema = @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT, additionalProperties = Schema.True.class)))
    public JsonObject dsa(@PathParam("id") long id) {
        Caller c = caller.require();
        return DsaStatementExport.of(readable(id, c));
    }

    private Statement readable(long id, Caller c) {
        return records.statement(id)
                .filter(s -> s.getAccountId() == c.accountId() || c.has(Role.MODERATOR) || c.has(Role.ADMIN))
                .orElseThrow(() -> Problems.notFound("statementId", ComplianceMessages.STATEMENT_N_DOES_NOT_EXIST, id));
    }

    private StatementView view(Statement s, long viewer) {
        Appeal a = records.appealOf(s.getCaseId(), s.getAccountId()).orElse(null);
        boolean canAppeal = viewer == s.getAccountId() && a == null && s.getReversedAt() == null
                && Instant.now().isBefore(s.getAppealUntil());
        return new StatementView(s.getId(), s.getPuid(), s.getCaseId(), s.getSubjectKind().name(), s.getSubjectId(),
                s.getDecision().name(), DsaStatementExport.plainWords(s), s.getRestrictionEnd(), s.getFacts(),
                s.getPolicyClause(), s.getIllegalGround(), s.isAutomatedDetection(), s.isAutomatedDecision(), s.getSource(),
                s.getCategory(), s.getCreatedAt(), s.getAppealUntil(), canAppeal, s.getReversedAt(), s.getReversalNote(),
                a == null ? null : new AppealSummary(a.getId(), a.getOutcome() == null ? null : a.getOutcome().name(),
                        a.getDecisionNote(), a.getCreatedAt(), a.getDecidedAt()));
    }
}
