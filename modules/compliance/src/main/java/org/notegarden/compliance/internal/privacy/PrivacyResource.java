package org.notegarden.compliance.internal.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.notegarden.compliance.api.ExportFiles;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.notegarden.platform.api.EnumValues;

/** A person's privacy requests: ask for a copy (a ZIP, prepared in the background), opt out, or ask a correction. */
@RequestScoped
@Path("privacy/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrivacyResource {
    CallerContext caller;
    PrivacyRequests requests;
    ExportWorker exports;
    ExportFiles files;

    @Inject
    public PrivacyResource(CallerContext caller, PrivacyRequests requests, ExportWorker exports, ExportFiles files) {
        this.caller = caller;
        this.requests = requests;
        this.exports = exports;
        this.files = files;
    }

    /** For the CDI container's proxy only. */
    protected PrivacyResource() {
    }

    public static class RequestBody {
        public String kind;
        public String details;
    }

    public record RequestView(long id, @EnumValues(PrivacyRequest.Kind.class) String kind, String regime, @EnumValues(PrivacyRequest.Status.class) String status, int progress, String progressNote,
                              boolean downloadable, Instant createdAt, Instant dueAt, Instant completedAt) {
        static RequestView of(PrivacyRequest r) {
            return new RequestView(r.getId(), r.getKind().name(), r.getRegime(), r.getStatus().name(), r.getProgress(),
                    r.getProgressNote(), r.getFileKey() != null, r.getCreatedAt(), r.getDueAt(), r.getCompletedAt());
        }
    }

    @POST
    @APIResponse(responseCode = "201", description = "The request", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = RequestView.class)))
    @SecurityRequirement(name = "bearerToken")
    public Response open(RequestBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        PrivacyRequest r = requests.open(me, body.kind, body.details);
        if (r.getKind() == PrivacyRequest.Kind.EXPORT || r.getKind() == PrivacyRequest.Kind.ACCESS) {
            exports.enqueue(r.getId());
        }
        return Response.status(Response.Status.CREATED).entity(RequestView.of(r)).build();
    }

    @GET
    @SecurityRequirement(name = "bearerToken")
    public List<RequestView> mine() {
        long me = caller.require().accountId();
        return requests.mine(me).stream().map(RequestView::of).toList();
    }

    @GET
    @Path("{id}")
    @SecurityRequirement(name = "bearerToken")
    public RequestView get(@PathParam("id") long id) {
        return RequestView.of(own(id));
    }

    @GET
    @Path("{id}/download")
    @Produces("application/zip")
    @APIResponse(responseCode = "200", description = "The person's data, as a ZIP of JSON files", content = @Content(mediaType = "application/zip",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @SecurityRequirement(name = "bearerToken")
    public Response download(@PathParam("id") long id) {
        PrivacyRequest r = own(id);
        if (r.getFileKey() == null) {
            throw Problems.conflict("requestId", ComplianceMessages.EXPORT_IS_NOT_READY_YET);
        }
        Response.ResponseBuilder ok = kept(r.getFileKey())
                .orElseThrow(() -> Problems.notFound("requestId", ComplianceMessages.EXPORT_FILE_IT_MAY_HAVE_EXPIRED_DOES_NOT));
        return ok.type("application/zip")
                .header("Content-Disposition", "attachment; filename=\"notegarden-export-" + id + ".zip\"")
                .header("Cache-Control", "no-store").build();
    }

    /** The finished export's bytes: from the shared store, or the folder versions before it wrote to. */
    private java.util.Optional<Response.ResponseBuilder> kept(String key) {
        if (key.matches("\\d+-[0-9a-f-]{36}\\.zip")) {
            java.nio.file.Path old = exports.legacyFolder().resolve(key);
            return Files.isRegularFile(old) ? java.util.Optional.of(Response.ok(old.toFile())) : java.util.Optional.empty();
        }
        try {
            return files.find(key).map(k -> Response.ok((StreamingOutput) out -> {
                try (InputStream in = k.open()) {
                    in.transferTo(out);
                }
            }).header("Content-Length", k.size()));
        } catch (IOException e) {
            throw Problems.mediaUnavailable(); // the store every node shares is down: retry later
        }
    }

    private PrivacyRequest own(long id) {
        long me = caller.require().accountId();
        PrivacyRequest r = requests.require(id);
        if (r.getAccountId() != me) {
            throw Problems.notFound("requestId", ComplianceMessages.REQUEST_N_DOES_NOT_EXIST, id);
        }
        return r;
    }
}
