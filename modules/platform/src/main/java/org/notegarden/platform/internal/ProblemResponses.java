package org.notegarden.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.Function;
import org.notegarden.platform.api.Caller;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.CurrentRequest;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Jsons;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.ProblemWording;

/**
 * Renders a problem as an RFC 9457 body in the reader's language. The only place such bodies are
 * written. Modules throw English problems; the wording (the i18n module's catalogue) is applied
 * here, so a module never needs to know who reads its message. {@code type} and {@code field}
 * never change: clients switch on them.
 */
@ApplicationScoped
public class ProblemResponses {
    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    Instance<ProblemWording> wording;
    CallerContext callers;
    CurrentRequest request;

    @Inject
    public ProblemResponses(Instance<ProblemWording> wording, CallerContext callers, CurrentRequest request) {
        this.wording = wording;
        this.callers = callers;
        this.request = request;
    }

    /** For the CDI container's proxy only. */
    protected ProblemResponses() {
    }

    public Response of(ProblemException p) {
        if (!wording.isResolvable()) {
            return render(p, Locale.ENGLISH, Message::english);
        }
        ProblemWording w = wording.get();
        Locale locale = w.readerLocale(accountLocale(), acceptLanguage());
        return render(p, locale, message -> w.word(message, locale));
    }

    private String accountLocale() {
        return request.get().flatMap(r -> callers.current()).map(Caller::locale).orElse(null);
    }

    private String acceptLanguage() {
        return request.header(HttpHeaders.ACCEPT_LANGUAGE).orElse(null);
    }

    static Response render(ProblemException p, Locale locale, Function<Message, String> word) {
        Response.ResponseBuilder r = Response.status(p.status()).type(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(body(p, word).toString());
        if (p.retryAfterSeconds() != null) {
            r.header("Retry-After", p.retryAfterSeconds());
        }
        return r.build();
    }

    static JsonObject body(ProblemException p, Function<Message, String> word) {
        JsonObjectBuilder body = Jsons.createObjectBuilder()
                .add("type", p.type())
                .add("title", word.apply(p.titleText()))
                .add("status", p.status());
        if (p.detailText() != null) {
            body.add("detail", word.apply(p.detailText()));
        }
        if (!p.errors().isEmpty()) {
            JsonArrayBuilder errors = Jsons.createArrayBuilder();
            for (FieldError e : p.errors()) {
                errors.add(Jsons.createObjectBuilder().add("field", e.field()).add("message", word.apply(e.text())));
            }
            body.add("errors", errors);
        }
        return body.build();
    }
}
