package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.notegarden.platform.api.Caller;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.notegarden.platform.api.EnumValues;
import org.notegarden.compliance.api.SubjectKind;

/** The moderator console's API: queues by language, case view, claim, decision, appeals. */
@RequestScoped
@Path("moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class ModerationResource {
    CallerContext caller;
    ModerationService moderation;
    AppealService appeals;
    Subjects subjects;
    ModeratorLanguages languages;
    ModerationRecords records;

    @Inject
    public ModerationResource(CallerContext caller, ModerationService moderation, AppealService appeals,
            Subjects subjects, ModeratorLanguages languages, ModerationRecords records) {
        this.caller = caller;
        this.moderation = moderation;
        this.appeals = appeals;
        this.subjects = subjects;
        this.languages = languages;
        this.records = records;
    }

    /** For the CDI container's proxy only. */
    protected ModerationResource() {
    }

    public record NoticeSummary(@EnumValues(NoticeCategory.class) String category, String explanation, String url, boolean trusted, Instant at) {
    }

    public record CaseView(long id, @EnumValues(SubjectKind.class) String subjectKind, long subjectId, long authorId, String language, String source,
                           int priority, String reasons, String snapshot, String currentText, boolean held, @EnumValues(ReviewCase.State.class) String state,
                           Long claimedBy, boolean claimedByMe, String decision, Long decidedBy, Instant decidedAt,
                           Long statementId, long authorStrikes, List<NoticeSummary> notices, Instant createdAt, long version) {
    }

    public record AppealView(long id, long caseId, String appellantRole, String reason, String language, String outcome,
                             boolean youDecidedTheCase, CaseView decidedCase, Instant createdAt, long version) {
    }

    public static class LanguagesBody {
        public List<String> languages;
    }

    public static class ClaimBody {
        public Long version;
    }

    public static class AppealDecisionBody {
        public String outcome;
        public String note;
        public Long version;
    }

    public record MyLanguages(List<String> languages) {
    }

    @GET
    @Path("languages")
    public MyLanguages myLanguages() {
        Caller me = ModeratorRole.require(caller);
        return new MyLanguages(languagesOf(me.accountId()));
    }

    @PUT
    @Path("languages")
    public MyLanguages setLanguages(LanguagesBody body) {
        Caller me = ModeratorRole.require(caller);
        RequestBodies.required(body);
        return new MyLanguages(languages.choose(me.accountId(), body.languages));
    }

    /** Open cases in one language, or in the moderator's languages; highest priority, then oldest, first. */
    @GET
    @Path("queue")
    public List<CaseView> queue(@QueryParam("language") String language) {
        Caller me = ModeratorRole.require(caller);
        List<String> langs = language == null || language.isBlank() ? languagesOf(me.accountId())
                : List.of(language.trim().toLowerCase(Locale.ROOT));
        return moderation.queue(langs).stream().map(c -> view(c, me.accountId(), false)).toList();
    }

    @GET
    @Path("cases/{id}")
    public CaseView get(@PathParam("id") long id) {
        Caller me = ModeratorRole.require(caller);
        return view(moderation.require(id), me.accountId(), true);
    }

    @POST
    @Path("cases/{id}/claim")
    public CaseView claim(@PathParam("id") long id, ClaimBody body) {
        Caller me = ModeratorRole.require(caller);
        ReviewCase c = moderation.claim(id, me.accountId(), body == null ? null : body.version);
        return view(moderation.require(c.getId()), me.accountId(), true);
    }

    @POST
    @Path("cases/{id}/decision")
    public CaseView decide(@PathParam("id") long id, ModerationService.DecisionInput body) {
        Caller me = ModeratorRole.require(caller);
        RequestBodies.required(body);
        moderation.decide(id, me.accountId(), body);
        return view(moderation.require(id), me.accountId(), true);
    }

    @GET
    @Path("appeals")
    public List<AppealView> openAppeals(@QueryParam("language") String language) {
        Caller me = ModeratorRole.require(caller);
        List<String> langs = language == null || language.isBlank() ? languagesOf(me.accountId())
                : List.of(language.trim().toLowerCase(Locale.ROOT));
        return appeals.open(langs).stream().map(a -> appealView(a, me.accountId())).toList();
    }

    @POST
    @Path("appeals/{id}/decision")
    public AppealView decideAppeal(@PathParam("id") long id, AppealDecisionBody body) {
        Caller me = ModeratorRole.require(caller);
        RequestBodies.required(body);
        Appeal a = appeals.decide(id, me.accountId(), body.outcome, body.note, body.version);
        return appealView(appeals.require(a.getId()), me.accountId());
    }

    private AppealView appealView(Appeal a, long me) {
        ReviewCase c = moderation.require(a.getCaseId());
        return new AppealView(a.getId(), a.getCaseId(), a.getAppellantRole().name(), a.getReason(), a.getLanguage(),
                a.getOutcome() == null ? null : a.getOutcome().name(), c.getDecidedBy() != null && c.getDecidedBy() == me,
                view(c, me, false), a.getCreatedAt(), a.getVersion());
    }

    private List<String> languagesOf(long accountId) {
        return languages.of(accountId);
    }

    private CaseView view(ReviewCase c, long me, boolean withContext) {
        List<NoticeSummary> notices = records.noticesOf(c.getId()).stream()
                .map(n -> new NoticeSummary(n.getCategory().name(), n.getExplanation(), n.getUrl(), n.isTrusted(),
                        n.getCreatedAt()))
                .toList();
        String current = withContext ? subjects.snapshot(c.getSubjectKind(),
                c.getSubjectId()).map(s -> s.text()).orElse(null) : null;
        long strikes = withContext ? moderation.activeStrikes(c.getAuthorId()) : 0;
        return new CaseView(c.getId(), c.getSubjectKind().name(), c.getSubjectId(), c.getAuthorId(), c.getLanguage(),
                c.getSource().name(), c.getPriority(), c.getReasons(), c.getSnapshot(), current, c.isHeld(), c.getState().name(),
                c.getClaimedBy(), c.getClaimedBy() != null && c.getClaimedBy() == me,
                c.getDecision() == null ? null : c.getDecision().name(), c.getDecidedBy(), c.getDecidedAt(), c.getStatementId(),
                strikes, notices, c.getCreatedAt(), c.getVersion());
    }
}
