package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
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
 * The video processing queue, in the database so that it outlives restarts and is shared by
 * every node: a job is claimed under a row lock with a lease, the lease is renewed as the encoder
 * reports progress, and a job whose lease ran out is taken again. Each step is a short
 * transaction of its own; FFmpeg runs outside any.
 */
@ApplicationScoped
public class VideoJobs {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    /** How long a claim holds without news from its node (progress renews it every second or so). */
    @Inject
    @ConfigProperty(name = "notegarden.media.job-lease-seconds", defaultValue = "120")
    long leaseSeconds;

    private Duration lease() {
        return Duration.ofSeconds(Math.max(5, leaseSeconds));
    }

    /** Called in the upload's transaction. */
    void add(VideoJob job) {
        em.persist(job);
    }

    Optional<VideoJob> of(long mediaId) {
        return Optional.ofNullable(em.find(VideoJob.class, mediaId));
    }

    /** Takes the oldest job that is queued, or running with a lapsed claim; empty when none is due. */
    @Transactional
    public Optional<Long> claimNext(Instant now) {
        List<VideoJob> due = em.createQuery("select j from VideoJob j where j.state = :queued "
                        + "or (j.state = :running and j.claimedUntil < :now) order by j.createdAt", VideoJob.class)
                .setParameter("queued", VideoJob.State.QUEUED).setParameter("running", VideoJob.State.RUNNING)
                .setParameter("now", now).setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1).getResultList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        VideoJob job = due.get(0);
        if (job.getState() == VideoJob.State.RUNNING && job.getAttempts() >= VideoJob.MAX_ATTEMPTS) {
            // its node died on every try: the file is likely what kills the encoder
            failed(job, "processing was interrupted " + job.getAttempts() + " times", now);
            return Optional.empty();
        }
        job.claim(now.plus(lease()), now);
        return Optional.of(job.getMediaId());
    }

    @Transactional
    public void progressed(long mediaId, int percent, Instant now) {
        of(mediaId).filter(j -> j.getState() == VideoJob.State.RUNNING).ifPresent(j -> j.progressed(percent, now.plus(lease()), now));
    }

    /** The video is stored: the medium becomes READY with the served file's facts. */
    @Transactional
    public void done(long mediaId, int width, int height, long bytes, long durationMs, Instant now) {
        of(mediaId).ifPresent(j -> j.done(now));
        Media m = em.find(Media.class, mediaId);
        if (m != null) {
            m.processed(width, height, bytes, durationMs);
        }
    }

    /** @return true when the job is given up for good (the medium is then FAILED) */
    @Transactional
    public boolean failed(long mediaId, String why, Instant now) {
        return of(mediaId).map(j -> failed(j, why, now)).orElse(true);
    }

    private boolean failed(VideoJob job, String why, Instant now) {
        boolean givenUp = job.failed(why, now);
        if (givenUp) {
            Media m = em.find(Media.class, job.getMediaId());
            if (m != null) {
                m.processingFailed();
            }
        }
        return givenUp;
    }

    @Transactional
    public Optional<Media> media(long mediaId) {
        return Optional.ofNullable(em.find(Media.class, mediaId));
    }
}
