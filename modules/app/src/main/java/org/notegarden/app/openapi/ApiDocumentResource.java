package org.notegarden.app.openapi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.notegarden.app.AppMessages;
import org.notegarden.app.Loopback;
import org.notegarden.platform.api.Jsons;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.Problems;

/**
 * The API document as standard tools read it, at {@code /api/v1/openapi}: Payara's own
 * ({@code /openapi}, finished by {@link ApiDocumentFilter}), without the top-level
 * {@code endpoints} index Payara 6 adds after every filter has run. That key is not OpenAPI
 * (later Payara renames it {@code x-endpoints}); no filter can remove it, so this copy does. The
 * document does not change while the app runs, so it is fetched once, over loopback.
 */
@RequestScoped
@Path("openapi")
public class ApiDocumentResource {
    private static final String PAYARA_INDEX = "endpoints";
    private static volatile String document;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "This document", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                    additionalProperties = Schema.True.class)))
    public String get() {
        String d = document;
        if (d == null) {
            d = withoutPayaraIndex(fetch());
            document = d;
        }
        return d;
    }

    /** The document with every top-level key but Payara's own index, in their order. */
    static String withoutPayaraIndex(String json) {
        JsonObject served = Jsons.createReader(new StringReader(json)).readObject();
        JsonObjectBuilder kept = Jsons.createObjectBuilder();
        served.forEach((key, value) -> {
            if (!PAYARA_INDEX.equals(key)) {
                kept.add(key, value);
            }
        });
        return kept.build().toString();
    }

    private String fetch() {
        return Loopback.ok(Loopback.to(request, "/openapi").timeout(Duration.ofSeconds(20))
                .header("Accept", MediaType.APPLICATION_JSON).build(), ApiDocumentResource::unavailable).body();
    }

    private static ProblemException unavailable() {
        return new ProblemException(503, Problems.BASE + "api-document-unavailable", Message.of(AppMessages.API_DOCUMENT_UNAVAILABLE_TITLE),
                Message.of(AppMessages.SERVERS_API_DOCUMENT_DID_NOT_ANSWER), List.of(), null);
    }
}
