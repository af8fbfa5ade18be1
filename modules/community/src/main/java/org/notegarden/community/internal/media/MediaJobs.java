package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The media processing queue (videos to transcode, images to make WebP copies of), in the database so that it outlives restarts and is shared by
 * every node: a job is claimed under a row lock with a lease, the lease is renewed as the encoder
 * reports progress, and a job whose lease ran out is taken again. Each step is a short
 * transaction of its own; FFmpeg runs outside any.
 */
@ApplicationScoped
public class MediaJobs {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    /** How long a claim holds without news from its node (progress renews it every second or so). */
    @Inject
    @ConfigProperty(name = "notegarden.media.job-lease-seconds", defaultValue = "120")
    long leaseSeconds;

    private Duration lease() {
        return Duration.ofSeconds(Math.max(5, leaseSeconds));
    }

    @Inject
    Event<Queued> queued;
    @Inject
    Event<MediaChanged> mediaChanged;

    /** Fired when a job joined the queue; its worker is nudged once the transaction commits. */
    public record Queued(MediaJob.Kind kind, long mediaId) {
    }

    /** Called in the upload's transaction, once the medium has its id. */
    void queue(long mediaId, MediaJob.Kind kind, Instant now) {
        em.persist(new MediaJob(mediaId, kind, now));
        queued.fire(new Queued(kind, mediaId));
    }

    Optional<MediaJob> of(long mediaId) {
        return Optional.ofNullable(em.find(MediaJob.class, mediaId));
    }

    /** Takes the oldest job of this kind that is queued, or running with a lapsed claim; empty when none is due. */
    @Transactional
    public Optional<Long> claimNext(MediaJob.Kind kind, Instant now) {
        List<MediaJob> due = em.createQuery("select j from MediaJob j where j.kind = :kind and (j.state = :queued "
                        + "or (j.state = :running and j.claimedUntil < :now)) order by j.createdAt", MediaJob.class)
                .setParameter("kind", kind)
                .setParameter("queued", MediaJob.State.QUEUED).setParameter("running", MediaJob.State.RUNNING)
                .setParameter("now", now).setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1).getResultList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        MediaJob job = due.get(0);
        if (job.getState() == MediaJob.State.RUNNING && job.getAttempts() >= MediaJob.MAX_ATTEMPTS) {
            // its node died on every try: the file is likely what kills the encoder
            failed(job, "processing was interrupted " + job.getAttempts() + " times", now);
            return Optional.empty();
        }
        job.claim(now.plus(lease()), now);
        return Optional.of(job.getMediaId());
    }

    @Transactional
    public void progressed(long mediaId, int percent, Instant now) {
        of(mediaId).filter(j -> j.getState() == MediaJob.State.RUNNING).ifPresent(j -> j.progressed(percent, now.plus(lease()), now));
    }

    /** The video is stored: the medium becomes READY with the served file's facts. */
    @Transactional
    public void done(long mediaId, int width, int height, long bytes, long durationMs, Instant now) {
        of(mediaId).ifPresent(j -> j.done(now));
        Media m = em.find(Media.class, mediaId);
        if (m != null) {
            m.processed(width, height, bytes, durationMs);
            mediaChanged.fire(new MediaChanged(mediaId));
        }
    }

    /** @return true when the job is given up for good (the medium is then FAILED) */
    @Transactional
    public boolean failed(long mediaId, String why, Instant now) {
        return of(mediaId).map(j -> failed(j, why, now)).orElse(true);
    }

    private boolean failed(MediaJob job, String why, Instant now) {
        boolean givenUp = job.failed(why, now);
        if (givenUp && job.getKind() == MediaJob.Kind.VIDEO) { // an image without WebP copies is still a good image
            Media m = em.find(Media.class, job.getMediaId());
            if (m != null) {
                m.processingFailed();
                mediaChanged.fire(new MediaChanged(m.getId()));
            }
        }
        return givenUp;
    }

    /**
     * An image's WebP copies are stored: it offers them from now on, unless it was labelled (or
     * deleted) meanwhile — WebP would not carry the label. Reads the medium under a row lock, so a
     * label recorded at the same moment is seen.
     *
     * @return whether the copies are kept (false: the caller deletes them)
     */
    @Transactional
    public boolean webpDone(long mediaId, Instant now) {
        of(mediaId).ifPresent(j -> j.done(now));
        Media m = em.find(Media.class, mediaId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || m.carriesAnyLabel()) {
            return false;
        }
        m.variants(true, m.getColor());
        mediaChanged.fire(new MediaChanged(mediaId));
        return true;
    }

    @Transactional
    public Optional<Media> media(long mediaId) {
        return Optional.ofNullable(em.find(Media.class, mediaId));
    }
}
