package org.notegarden.community.internal.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One uploaded image or video, owned by its uploader. The storage key is random (128 bits):
 * it names the stored files and appears in their URLs, so a URL cannot be guessed from an id.
 */
@Entity
@Table(name = "cm_media")
public class Media {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_id")
    @SequenceGenerator(name = "cm_id", sequenceName = "cm_id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MediaKind kind;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(nullable = false)
    private int width;
    @Column(nullable = false)
    private int height;
    @Column(name = "byte_size", nullable = false)
    private long byteSize;
    @Column(name = "storage_key", nullable = false)
    private String storageKey;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    /** The upload's metadata said a generative model made it. */
    @Column(name = "ai_generated", nullable = false)
    private boolean aiGenerated;
    /** The upload bore a known generator's traces but no standard label ("suspected" in China's measures). */
    @Column(name = "ai_suspected", nullable = false)
    private boolean aiSuspected;
    /** The implicit label last written into the renditions ({@link ImplicitLabel#stamp}), or null for none. */
    @Column(name = "implicit_label")
    private String implicitLabel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MediaState state = MediaState.READY;
    /** A processed video's length; null for images and videos stored before processing existed. */
    @Column(name = "duration_ms")
    private Long durationMs;
    /** WebP copies of the renditions are stored ({@link ImageVariants}). */
    @Column(nullable = false)
    private boolean webp;
    /** The picture's average colour, #rrggbb, painted while it loads; null for videos. */
    @Column
    private String color;

    protected Media() {
    }

    public Media(long ownerId, MediaKind kind, String contentType, int width, int height, long byteSize,
                 String storageKey, Instant createdAt) {
        this.ownerId = ownerId;
        this.kind = kind;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.byteSize = byteSize;
        this.storageKey = storageKey;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getOwnerId() { return ownerId; }
    public MediaKind getKind() { return kind; }
    public String getContentType() { return contentType; }

    public boolean isAiGenerated() { return aiGenerated; }

    void markAiGenerated() {
        this.aiGenerated = true;
    }

    public boolean isAiSuspected() { return aiSuspected; }

    void markAiSuspected() {
        this.aiSuspected = true;
    }

    /** Whether the renditions already carry this label (a null tier: no label). */
    public boolean carriesAnyLabel() {
        return implicitLabel != null;
    }

    public boolean carriesLabel(ImplicitLabel.Tier tier, String contentId) {
        return Objects.equals(implicitLabel, tier == null ? null : ImplicitLabel.stamp(tier, contentId));
    }

    void setImplicitLabel(String stamp) {
        this.implicitLabel = stamp;
    }
    /** A video upload waits for its transcoding job ({@link MediaJobs}). */
    void startProcessing() {
        this.state = MediaState.PROCESSING;
    }

    /** The transcoded video is stored: its size, shape and length are the served file's. */
    void processed(int width, int height, long byteSize, long durationMs) {
        this.state = MediaState.READY;
        this.width = width;
        this.height = height;
        this.byteSize = byteSize;
        this.durationMs = durationMs;
    }

    void processingFailed() {
        this.state = MediaState.FAILED;
    }

    void variants(boolean webp, String color) {
        this.webp = webp;
        this.color = color;
    }

    /** The JPEGs now carry an AI label WebP would not: only they are served from now on. */
    void dropWebp() {
        this.webp = false;
    }

    public boolean hasWebp() { return webp; }
    public String getColor() { return color; }
    public MediaState getState() { return state; }
    public Long getDurationMs() { return durationMs; }
    /** A processed video has a poster frame; older videos and images have none. */
    public boolean hasPoster() { return kind == MediaKind.VIDEO && durationMs != null; }
    public int getWidth() { return width; }
    public int getHeight() { return height; }
    public long getByteSize() { return byteSize; }
    public String getStorageKey() { return storageKey; }
}
