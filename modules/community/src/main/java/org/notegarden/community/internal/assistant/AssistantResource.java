package org.notegarden.community.internal.assistant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.notegarden.community.api.ContentAssistant;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.RequestBodies;
import org.notegarden.platform.api.TextLength;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The content assistant for signed-in creators. Everything it returns is remembered for its
 * reader, so a note that uses it is labelled AI-assisted (see {@link SuggestionMemory}).
 */
@RequestScoped
@Path("assistant")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class AssistantResource {
    CallerContext caller;
    ContentAssistant assistant;
    AssistantContexts contexts;
    SuggestionMemory memory;

    @Inject
    public AssistantResource(CallerContext caller, ContentAssistant assistant, AssistantContexts contexts,
            SuggestionMemory memory) {
        this.caller = caller;
        this.assistant = assistant;
        this.contexts = contexts;
        this.memory = memory;
    }

    /** For the CDI container's proxy only. */
    protected AssistantResource() {
    }

    public static class DraftBody {
        public String title;
        public String body;
        /** "en" or "zh": the language of the draft (suggestions) or the one to adapt into. */
        public String language;
    }

    public record SuggestionsView(String provider, List<String> titles, List<String> topics, Integer postingHourUtc, String why) {
    }

    /** {@code wordLevel}: a word-by-word machine rendering the client must label as such. */
    public record AdaptationView(String provider, String title, String body, boolean wordLevel) {
    }

    @POST
    @Path("suggestions")
    public SuggestionsView suggest(DraftBody b) {
        long me = caller.require().accountId();
        RequestBodies.required(b);
        String language = language(b.language);
        check(b);
        ContentAssistant.Suggestions s = call(() -> assistant.suggest(contexts.of(me, b.title, b.body, language)));
        memory.remember(me, s.titles());
        return new SuggestionsView(assistant.id(), s.titles(), s.topics(), s.postingHourUtc(), s.why());
    }

    @POST
    @Path("adaptations")
    public AdaptationView adapt(DraftBody b) {
        long me = caller.require().accountId();
        RequestBodies.required(b);
        String language = language(b.language);
        check(b);
        ContentAssistant.Adaptation a = call(() -> assistant.adapt(b.title, b.body, language));
        List<String> given = new ArrayList<>(List.of(a.title()));
        given.add(a.body());
        memory.remember(me, given);
        return new AdaptationView(assistant.id(), a.title(), a.body(), a.wordLevel());
    }

    private static String language(String l) {
        if (!"en".equals(l) && !"zh".equals(l)) {
            throw Problems.invalid("language", CommunityMessages.MUST_BE_EN_OR_ZH);
        }
        return l;
    }

    private static void check(DraftBody b) {
        if (TextLength.of(b.title == null ? "" : b.title) > 50 || TextLength.of(b.body == null ? "" : b.body) > 2000) {
            throw Problems.invalid("body", CommunityMessages.DRAFT_HAS_AT_MOST_50_CHARACTERS_OF_TITLE);
        }
    }

    private static <T> T call(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (UnsupportedOperationException e) {
            Message why = e instanceof AssistantUnsupportedException u ? u.reason() : Message.verbatim(e.getMessage());
            throw new ProblemException(501, Problems.BASE + "assistant-unsupported",
                    Message.of(CommunityMessages.NOT_AVAILABLE_TITLE),
                    why, List.of(), null);
        } catch (AssistantUnavailableException e) {
            throw new ProblemException(502, Problems.BASE + "assistant-unavailable",
                    Message.of(CommunityMessages.ASSISTANT_UNAVAILABLE_TITLE), e.reason(), List.of(), null);
        }
    }
}
