package org.notegarden.i18n.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.notegarden.i18n.api.Messages;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Serves the UI bundles to the web client, which holds no strings of its own. */
@RequestScoped
@Path("i18n")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {
    Messages messages;

    @Inject
    public MessagesResource(Messages messages) {
        this.messages = messages;
    }

    /** For the CDI container's proxy only. */
    protected MessagesResource() {
    }

    public record LocaleView(String tag, String name) {
    }

    @GET
    @Path("locales")
    public List<LocaleView> locales() {
        return messages.supported().stream()
                .map(l -> new LocaleView(l.toLanguageTag(), l.getDisplayName(l)))
                .toList();
    }

    @GET
    @Path("messages/{tag}")
    @APIResponse(responseCode = "200", description = "Every UI string of the language, by key", content = @Content(mediaType = "application/json",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT, additionalProperties = String.class)))
    public Response bundle(@PathParam("tag") String tag) {
        Locale locale = messages.negotiate(tag);
        Map<String, String> bundle = messages.bundle(locale);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(bundle).cacheControl(cache).header("Content-Language", locale.toLanguageTag()).build();
    }
}
