package org.notegarden.community.internal.translation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.notegarden.platform.api.Caller;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Translate a note or comment for the reader; the author's own translations of a note. */
@RequestScoped
@Path("translate")
@Produces(MediaType.APPLICATION_JSON)
public class TranslationResource {
    CallerContext caller;
    Translations translations;

    @Inject
    public TranslationResource(CallerContext caller, Translations translations) {
        this.caller = caller;
        this.translations = translations;
    }

    /** For the CDI container's proxy only. */
    protected TranslationResource() {
    }

    public static class OwnBody {
        public String title;
        public String body;
    }

    @GET
    @Path("note/{id}")
    public Translations.NoteTranslation note(@PathParam("id") long id, @QueryParam("to") String to) {
        return translations.note(id, viewer(), to);
    }

    @GET
    @Path("comment/{id}")
    public Translations.NoteTranslation comment(@PathParam("id") long id, @QueryParam("to") String to) {
        return translations.comment(id, viewer(), to);
    }

    @PUT
    @Path("note/{id}/own/{lang}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearerToken")
    public Translations.NoteTranslation saveOwn(@PathParam("id") long id, @PathParam("lang") String lang, OwnBody body) {
        RequestBodies.required(body);
        return translations.saveOwn(caller.require().accountId(), id, lang, body.title, body.body);
    }

    @DELETE
    @Path("note/{id}/own/{lang}")
    @APIResponse(responseCode = "204", description = "Removed")
    @SecurityRequirement(name = "bearerToken")
    public Response deleteOwn(@PathParam("id") long id, @PathParam("lang") String lang) {
        translations.deleteOwn(caller.require().accountId(), id, lang);
        return Response.noContent().build();
    }

    private Long viewer() {
        return caller.current().map(Caller::accountId).orElse(null);
    }
}
