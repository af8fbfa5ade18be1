package org.notegarden.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.notegarden.platform.api.Caller;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.CurrentRequest;
import org.notegarden.platform.api.FieldError;
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

    @Inject
    Instance<ProblemWording> wording;
    @Inject
    CallerContext callers;
    @Inject
    CurrentRequest request;

    public Response of(ProblemException p) {
        if (!wording.isResolvable()) {
            return render(p, Locale.ENGLISH, UnaryOperator.identity());
        }
        ProblemWording w = wording.get();
        Locale locale = w.readerLocale(accountLocale(), acceptLanguage());
        return render(p, locale, english -> w.word(english, locale));
    }

    private String accountLocale() {
        return request.get().flatMap(r -> callers.current()).map(Caller::locale).orElse(null);
    }

    private String acceptLanguage() {
        return request.header(HttpHeaders.ACCEPT_LANGUAGE).orElse(null);
    }

    static Response render(ProblemException p, Locale locale, UnaryOperator<String> word) {
        Response.ResponseBuilder r = Response.status(p.status()).type(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(body(p, word).toString());
        if (p.retryAfterSeconds() != null) {
            r.header("Retry-After", p.retryAfterSeconds());
        }
        return r.build();
    }

    static JsonObject body(ProblemException p, UnaryOperator<String> word) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", p.type())
                .add("title", word.apply(p.title()))
                .add("status", p.status());
        if (p.detail() != null) {
            body.add("detail", wordDetail(p, word));
        }
        if (!p.errors().isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            for (FieldError e : p.errors()) {
                errors.add(Json.createObjectBuilder().add("field", e.field()).add("message", word.apply(e.message())));
            }
            body.add("errors", errors);
        }
        return body.build();
    }

    /**
     * A validation detail is "field: message" (or "field message"): the field name stays as the
     * client sent it and only the message is worded.
     */
    private static String wordDetail(ProblemException p, UnaryOperator<String> word) {
        String detail = p.detail();
        if (!p.errors().isEmpty()) {
            String first = p.errors().get(0).message();
            if (detail.endsWith(first) && detail.length() > first.length()) {
                return detail.substring(0, detail.length() - first.length()) + word.apply(first);
            }
        }
        return word.apply(detail);
    }
}
