package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.platform.api.Problems;

/**
 * Crops an uploaded picture to one of the ratios the grid uses (3:4, 1:1, 4:3), centred or where
 * the person moved the frame, on the server, as a new image of the same person: the original stays as it was (a note may already
 * show it), and the crop is re-encoded like every upload, so it carries no metadata either.
 */
@ApplicationScoped
public class MediaCropService {
    static final Map<String, int[]> RATIOS = Map.of("3:4", new int[] {3, 4}, "1:1", new int[] {1, 1}, "4:3", new int[] {4, 3});

    MediaRepository repository;
    MediaStore store;
    Clock clock;
    ImageVariants variants;

    @Inject
    public MediaCropService(MediaRepository repository, MediaStore store, Clock clock, ImageVariants variants) {
        this.repository = repository;
        this.store = store;
        this.clock = clock;
        this.variants = variants;
    }

    /** For the CDI container's proxy only. */
    protected MediaCropService() {
    }

    /** {@code offsetX}, {@code offsetY}: where the frame sits, 0–1 on each axis (null: centred). */
    @Transactional
    public Media crop(long ownerId, long mediaId, String ratio, Double offsetX, Double offsetY) throws IOException {
        int[] r = ratio == null ? null : RATIOS.get(ratio.strip());
        if (r == null) {
            throw Problems.invalid("ratio", CommunityMessages.MUST_BE_ONE_OF_N, "3:4, 1:1, 4:3");
        }
        double x = offset("offsetX", offsetX);
        double y = offset("offsetY", offsetY);
        Media source = repository.byId(mediaId).filter(m -> m.getOwnerId() == ownerId)
                .orElseThrow(() -> Problems.notFound("mediaId", CommunityMessages.MEDIA_N_DOES_NOT_EXIST, String.valueOf(mediaId)));
        if (source.getKind() != MediaKind.IMAGE) {
            throw Problems.invalid("mediaId", CommunityMessages.MUST_BE_IMAGE_YOU_UPLOADED);
        }
        Path original = Files.createTempFile("notegarden-crop", ".jpg");
        Path grid = Files.createTempFile("notegarden-grid", ".jpg");
        Path detail = Files.createTempFile("notegarden-detail", ".jpg");
        try {
            String from = MediaUrls.detailKey(source.getStorageKey());
            long size = store.size(from).orElseThrow(() -> Problems.notFound("mediaId", CommunityMessages.MEDIA_FILE_DOES_NOT_EXIST));
            try (InputStream in = store.open(from, 0, size)) {
                Files.copy(in, original, StandardCopyOption.REPLACE_EXISTING);
            }
            ImageRenditions.Dimensions out = ImageRenditions.cropped(original, r[0], r[1], x, y, grid, detail);
            String key = MediaService.newKey();
            String color = variants.store(key, grid, detail);
            Media cropped = new Media(ownerId, MediaKind.IMAGE, "image/jpeg", out.width(), out.height(), Files.size(detail), key,
                    clock.instant());
            cropped.variants(false, color);
            // What was said of the picture holds for every crop of it.
            if (source.isAiGenerated()) {
                cropped.markAiGenerated();
            } else if (source.isAiSuspected()) {
                cropped.markAiSuspected();
            }
            repository.add(cropped);
            variants.queueWebp(cropped);
            return cropped;
        } finally {
            Files.deleteIfExists(original);
            Files.deleteIfExists(grid);
            Files.deleteIfExists(detail);
        }
    }

    private static double offset(String field, Double value) {
        if (value == null) {
            return 0.5;
        }
        if (value.isNaN() || value < 0 || value > 1) {
            throw Problems.invalid(field, CommunityMessages.MUST_BE_BETWEEN_0_AND_N, "1");
        }
        return value;
    }
}
