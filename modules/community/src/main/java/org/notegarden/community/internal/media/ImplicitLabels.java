package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the implicit AI label a note's media should carry into their stored files (an image's
 * JPEG renditions; a processed video's MP4 and its poster frame), once
 * the note's transaction has committed (so a rolled-back edit never relabels a file). A medium
 * remembers the label it carries and is rewritten only when that changes.
 */
@ApplicationScoped
public class ImplicitLabels {
    private static final Logger LOG = Logger.getLogger(ImplicitLabels.class.getName());

    /**
     * Fired in the writing transaction: these media should carry {@code tier} for content
     * {@code contentId} (null tier: no label).
     */
    public record Wanted(List<Long> mediaIds, ImplicitLabel.Tier tier, String contentId) {
    }

    MediaRepository repository;
    MediaStore store;

    @Inject
    public ImplicitLabels(MediaRepository repository, MediaStore store) {
        this.repository = repository;
        this.store = store;
    }

    /** For the CDI container's proxy only. */
    protected ImplicitLabels() {
    }

    void apply(@Observes(during = TransactionPhase.AFTER_SUCCESS) Wanted wanted) {
        String stamp = wanted.tier() == null ? null : ImplicitLabel.stamp(wanted.tier(), wanted.contentId());
        for (long id : wanted.mediaIds()) {
            repository.byId(id).filter(m -> labellable(m) && !m.carriesLabel(wanted.tier(), wanted.contentId()))
                    .ifPresent(m -> {
                        try {
                            for (String key : MediaUrls.storedKeys(m)) {
                                if (key.endsWith(".jpg")) {
                                    relabel(key, wanted.tier(), wanted.contentId());
                                } else if (key.endsWith(".mp4")) {
                                    relabelVideo(key, wanted.tier(), wanted.contentId());
                                } else {
                                    store.delete(key); // a WebP copy would not carry the label: JPEG only from now on
                                }
                            }
                            repository.recordImplicitLabel(id, stamp);
                        } catch (IOException | RuntimeException e) {
                            // the next edit of the note tries again; the visible label is shown meanwhile
                            LOG.log(Level.WARNING, "implicit AI label not written into media " + id, e);
                        }
                    });
        }
    }

    /**
     * Images, and videos the pipeline has made (an MP4 of ours); a video still processing is
     * labelled when its note is published, which waits for it. Older WebM uploads are left as stored.
     */
    public static boolean labellable(Media m) {
        return m.getKind() == MediaKind.IMAGE
                || m.getState() == MediaState.READY && "video/mp4".equals(m.getContentType());
    }

    private void relabelVideo(String key, ImplicitLabel.Tier tier, String contentId) throws IOException {
        Path labelled = Files.createTempFile("notegarden-label", ".mp4");
        try {
            store.copyTo(key, labelled);
            Mp4Xmp.apply(labelled, tier == null ? null : ImplicitLabel.xmp(tier, contentId));
            store.put(key, labelled);
        } finally {
            Files.deleteIfExists(labelled);
        }
    }

    private void relabel(String key, ImplicitLabel.Tier tier, String contentId) throws IOException {
        long size = store.size(key).orElseThrow(() -> new IOException("no stored file " + key));
        byte[] jpeg;
        try (InputStream in = store.open(key, 0, size)) {
            jpeg = in.readAllBytes();
        }
        Path labelled = Files.createTempFile("notegarden-label", ".jpg");
        try {
            Files.write(labelled, ImplicitLabel.apply(jpeg, tier, contentId));
            store.put(key, labelled);
        } finally {
            Files.deleteIfExists(labelled);
        }
    }
}
