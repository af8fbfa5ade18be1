package org.notegarden.community.internal.media;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.RequestBodies;
import org.notegarden.platform.api.SuccessStatus;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.notegarden.platform.api.EnumValues;

/**
 * Uploads (raw request body, any declared type: the content decides) and the stored files,
 * served with ETag, long-lived immutable caching and single byte ranges for video seeking.
 */
@RequestScoped
@Path("media")
public class MediaResource {
    private static final Logger LOG = Logger.getLogger(MediaResource.class.getName());
    private static final Pattern FILE = Pattern.compile("[a-f0-9]{32}(-grid|-detail|-poster|-grid270|-detail828)?\\.(jpg|mp4|webm|webp)");

    MediaService media;
    MediaStore store;
    CallerContext caller;
    MediaCropService crops;

    @Inject
    public MediaResource(MediaService media, MediaStore store, CallerContext caller, MediaCropService crops) {
        this.crops = crops;
        this.media = media;
        this.store = store;
        this.caller = caller;
    }

    /** For the CDI container's proxy only. */
    protected MediaResource() {
    }

    /**
     * A stored medium. A video is PROCESSING after its upload (no {@code url} yet); its owner asks
     * {@code GET /media/{id}} for {@code progress} until it is READY, with a poster and a length.
     */
    public record Uploaded(long id, @EnumValues(MediaKind.class) String kind, String contentType, int width, int height, long bytes,
                           String gridUrl, String url, @EnumValues(MediaState.class) String state, int progress,
                           String posterUrl, Long durationMs, String gridSrcset, String srcset, String color) {
        static Uploaded of(Media m, int progress) {
            return new Uploaded(m.getId(), m.getKind().name(), m.getContentType(), m.getWidth(), m.getHeight(),
                    m.getByteSize(), MediaUrls.grid(m), MediaUrls.detail(m), m.getState().name(),
                    m.getState() == MediaState.READY ? 100 : progress, MediaUrls.poster(m), m.getDurationMs(),
                    MediaUrls.gridSrcset(m), MediaUrls.detailSrcset(m), m.getColor());
        }

        static Uploaded of(Media m) {
            return of(m, 0);
        }
    }

    /** One of the caller's media as it stands: a video's processing state and progress. Others' media look missing. */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearerToken")
    public Uploaded get(@PathParam("id") long id) {
        long owner = caller.require().accountId();
        return media.mine(owner, id).orElseThrow(() -> Problems.notFound("id", CommunityMessages.MEDIA_FILE_DOES_NOT_EXIST));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The stored picture or video", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Uploaded.class)))
    @SuccessStatus(201)
    @SecurityRequirement(name = "bearerToken")
    public Uploaded upload(@RequestBody(required = true, description = "The picture or video file itself (JPEG, PNG, WebP, MP4, WebM)",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
                           InputStream body) throws IOException {
        long owner = caller.require().accountId();
        return whileStoreAnswers(() -> Uploaded.of(media.upload(owner, body)));
    }

    public static class CropBody {
        /** One of the caller's pictures. */
        @Schema(required = true)
        public Long mediaId;
        /** 3:4, 1:1 or 4:3: the ratios the grid shows. */
        public String ratio;
        /** Where the frame sits across the picture: 0 at the left edge, 1 at the right; 0.5 (centred) when left out. */
        public Double offsetX;
        /** Where the frame sits down the picture: 0 at the top, 1 at the bottom; 0.5 (centred) when left out. */
        public Double offsetY;
    }

    /** A crop of one of the caller's pictures, centred or where the frame was moved, as a new picture; others' pictures look missing. */
    @POST
    @Path("crops")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The cropped picture", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Uploaded.class)))
    @SuccessStatus(201)
    @SecurityRequirement(name = "bearerToken")
    public Uploaded crop(CropBody body) throws IOException {
        long owner = caller.require().accountId();
        RequestBodies.required(body);
        if (body.mediaId == null) {
            throw Problems.invalid("mediaId", CommunityMessages.IS_REQUIRED);
        }
        return whileStoreAnswers(() -> Uploaded.of(crops.crop(owner, body.mediaId, body.ratio, body.offsetX, body.offsetY)));
    }

    @HEAD
    @Path("files/{file}")
    @APIResponse(responseCode = "200", description = "The file's headers")
    @APIResponse(responseCode = "206", description = "The headers of the range asked for")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given")
    public Response head(@PathParam("file") String file, @HeaderParam("Range") String range,
                         @HeaderParam("If-None-Match") String ifNoneMatch) throws IOException {
        return whileStoreAnswers(() -> serve(file, range, ifNoneMatch, false));
    }

    @GET
    @Path("files/{file}")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "*/*",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "206", description = "The range asked for", content = @Content(mediaType = "*/*",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given")
    public Response get(@PathParam("file") String file, @HeaderParam("Range") String range,
                        @HeaderParam("If-None-Match") String ifNoneMatch) throws IOException {
        return whileStoreAnswers(() -> serve(file, range, ifNoneMatch, true));
    }

    /** A call that reads or writes the media store. */
    private interface StoreCall<T> {
        T call() throws IOException;
    }

    /** The media store being down is an outage the client may retry (503), not an incident. */
    private static <T> T whileStoreAnswers(StoreCall<T> call) throws IOException {
        try {
            return call.call();
        } catch (MediaStoreUnavailable e) {
            LOG.warning(() -> "Media store unreachable, answering 503: " + e.getMessage());
            throw Problems.mediaUnavailable();
        }
    }

    private Response serve(String file, String rangeHeader, String ifNoneMatch, boolean withBody) throws IOException {
        if (!FILE.matcher(file).matches()) {
            throw Problems.notFound("file", CommunityMessages.MEDIA_FILE_DOES_NOT_EXIST);
        }
        OptionalLong size = store.size(file);
        if (size.isEmpty()) {
            throw Problems.notFound("file", CommunityMessages.MEDIA_FILE_DOES_NOT_EXIST);
        }
        String etag = "\"" + file + "\"";
        String type = MediaKeys.contentType(file);
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().header("ETag", etag).build();
        }
        long total = size.getAsLong();
        ByteRange range = ByteRange.parse(rangeHeader, total);
        if (range == ByteRange.UNSATISFIABLE) {
            return Response.status(416).header("Content-Range", "bytes */" + total).build();
        }
        Response.ResponseBuilder r = range == null ? Response.ok() : Response.status(206)
                .header("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + total);
        long offset = range == null ? 0 : range.first();
        long length = range == null ? total : range.length();
        r.type(type).header("ETag", etag).header("Accept-Ranges", "bytes")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Length", length);
        if (withBody) {
            StreamingOutput out = os -> {
                try (InputStream in = store.open(file, offset, length)) {
                    in.transferTo(os);
                }
            };
            r.entity(out);
        }
        return r.build();
    }
}
