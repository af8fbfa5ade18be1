package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.platform.api.Problems;

/**
 * Accepts an upload: spools it to a temporary file with a byte cap, decides what it is from
 * its content, checks pixel limits before decoding, re-encodes images, stores the results and
 * records the medium. Nothing is recorded unless every file was stored.
 */
@ApplicationScoped
public class MediaService {
    private static final Logger LOG = Logger.getLogger(MediaService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    MediaRepository repository;
    Clock clock;
    MediaStore store;
    VideoUploads videos;
    ImageVariants variants;

    long maxImageBytes;
    long maxVideoBytes;
    long maxImagePixels;

    @Inject
    public MediaService(MediaRepository repository, Clock clock, MediaStore store, VideoUploads videos, ImageVariants variants,
                        @ConfigProperty(name = "notegarden.media.max-image-bytes", defaultValue = "20000000") long maxImageBytes,
                        @ConfigProperty(name = "notegarden.media.max-video-bytes", defaultValue = "200000000") long maxVideoBytes,
                        @ConfigProperty(name = "notegarden.media.max-image-pixels", defaultValue = "40000000") long maxImagePixels) {
        this.repository = repository;
        this.clock = clock;
        this.store = store;
        this.videos = videos;
        this.variants = variants;
        this.maxImageBytes = maxImageBytes;
        this.maxVideoBytes = maxVideoBytes;
        this.maxImagePixels = maxImagePixels;
    }

    /** For the CDI container's proxy only. */
    protected MediaService() {
    }

    @Transactional
    public Media upload(long ownerId, InputStream body) throws IOException {
        Path spool = Files.createTempFile("notegarden-upload", ".bin");
        try {
            long size = spool(body, spool, Math.max(maxImageBytes, maxVideoBytes));
            if (size == 0) {
                throw Problems.invalid("file", CommunityMessages.IS_EMPTY);
            }
            byte[] header = new byte[ContentSniffer.HEADER_BYTES];
            try (InputStream in = Files.newInputStream(spool)) {
                header = Arrays.copyOf(header, Math.max(0, in.readNBytes(header, 0, header.length)));
            }
            ContentSniffer.Format format = ContentSniffer.sniff(header).orElseThrow(() -> Problems.unsupportedMedia("file", CommunityMessages.ONLY_JPEG_PNG_WEBP_AND_GIF_IMAGES_AND));
            String key = newKey();
            boolean generated = GenerativeMetadata.saysGenerated(spool); // before re-encoding drops the metadata
            boolean suspected = !generated && GenerativeMetadata.bearsGeneratorTraces(spool);
            Media media = format.kind == MediaKind.IMAGE
                    ? storeImage(ownerId, spool, size, format, key)
                    : storeVideo(ownerId, spool, size, format, key);
            if (generated) {
                media.markAiGenerated();
            } else if (suspected) {
                media.markAiSuspected();
            }
            repository.add(media);
            if (media.getState() == MediaState.PROCESSING) {
                videos.queue(media); // transcoded once this commits
            } else if (media.getKind() == MediaKind.IMAGE) {
                variants.queueWebp(media);
            }
            return media;
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private Media storeImage(long ownerId, Path spool, long size, ContentSniffer.Format format, String key) throws IOException {
        if (size > maxImageBytes) {
            throw Problems.tooLarge("file", CommunityMessages.IMAGES_MAY_BE_AT_MOST_N_MB, maxImageBytes / 1_000_000);
        }
        ImageRenditions.Dimensions dims;
        try {
            dims = ImageRenditions.dimensions(spool);
        } catch (IOException | RuntimeException e) {
            throw Problems.invalid("file", CommunityMessages.IS_NOT_READABLE_N_IMAGE, format.name());
        }
        if (dims.pixels() > maxImagePixels) {
            throw Problems.tooLarge("file", CommunityMessages.IMAGES_MAY_HAVE_AT_MOST_N_MEGAPIXELS, maxImagePixels / 1_000_000);
        }
        Path grid = Files.createTempFile("notegarden-grid", ".jpg");
        Path detail = Files.createTempFile("notegarden-detail", ".jpg");
        try {
            ImageRenditions.Dimensions out;
            try {
                out = ImageRenditions.render(spool, grid, detail);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "image decode failed", e);
                throw Problems.invalid("file", CommunityMessages.IS_NOT_READABLE_N_IMAGE, format.name());
            }
            String color = variants.store(key, grid, detail);
            Media media = new Media(ownerId, MediaKind.IMAGE, "image/jpeg", out.width(), out.height(),
                    Files.size(detail), key, clock.instant());
            media.variants(false, color);
            return media;
        } finally {
            Files.deleteIfExists(grid);
            Files.deleteIfExists(detail);
        }
    }

    private Media storeVideo(long ownerId, Path spool, long size, ContentSniffer.Format format, String key) throws IOException {
        if (size > maxVideoBytes) {
            throw Problems.tooLarge("file", CommunityMessages.VIDEOS_MAY_BE_AT_MOST_N_MB, maxVideoBytes / 1_000_000);
        }
        return videos.accept(ownerId, spool, size, key);
    }

    /** Copies at most {@code limit} bytes; one byte more is a 413, and nothing is kept. */
    static long spool(InputStream in, Path target, long limit) throws IOException {
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > limit) {
                    throw Problems.tooLarge("file", CommunityMessages.UPLOADS_MAY_BE_AT_MOST_N_MB, limit / 1_000_000);
                }
                out.write(buf, 0, n);
            }
        }
        return total;
    }

    static String newKey() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The owner's medium with its processing progress; empty for anyone else's. */
    @Transactional
    public java.util.Optional<MediaResource.Uploaded> mine(long ownerId, long mediaId) {
        return repository.byId(mediaId).filter(m -> m.getOwnerId() == ownerId)
                .map(m -> MediaResource.Uploaded.of(m, videos.progress(m.getId())));
    }

    public Map<Long, Media> byIds(Collection<Long> ids) {
        return repository.byIds(ids);
    }
}
