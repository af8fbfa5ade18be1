package org.notegarden.community.internal.media;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.notegarden.platform.api.GracefulStop;

/**
 * Works through the media job queue with one container thread per kind and node: transcoding
 * takes the CPU it gets (two at once would only make both slower), and an image's WebP copies,
 * a second's work, should not wait behind a quarter-hour video. Each worker polls every few
 * seconds and is nudged when a job's transaction commits; after a restart it finds what was
 * queued, and what was running when a node died once its claim has lapsed.
 */
@ApplicationScoped
public class MediaJobWorkers {
    private static final Logger LOG = Logger.getLogger(MediaJobWorkers.class.getName());

    MediaJobs jobs;
    Clock clock;
    Map<MediaJob.Kind, LongConsumer> processors = new EnumMap<>(MediaJob.Kind.class);

    @Inject
    public MediaJobWorkers(MediaJobs jobs, Clock clock, VideoProcessor videos, WebpProcessor webp) {
        this.jobs = jobs;
        this.clock = clock;
        processors.put(MediaJob.Kind.VIDEO, videos::process);
        processors.put(MediaJob.Kind.WEBP, webp::process);
    }

    /** For the CDI container's proxy only. */
    protected MediaJobWorkers() {
    }

    @Resource
    ManagedThreadFactory threads;

    private final Map<MediaJob.Kind, ScheduledExecutorService> workers = new EnumMap<>(MediaJob.Kind.class);

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (MediaJob.Kind kind : MediaJob.Kind.values()) {
            worker(kind);
        }
    }

    private synchronized ScheduledExecutorService worker(MediaJob.Kind kind) {
        return workers.computeIfAbsent(kind, k -> {
            ScheduledExecutorService worker = new ScheduledThreadPoolExecutor(1, threads);
            worker.scheduleWithFixedDelay(() -> drainQuietly(k), 2, 3, TimeUnit.SECONDS);
            return worker;
        });
    }

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MediaJobs.Queued queued) {
        worker(queued.kind()).execute(() -> drainQuietly(queued.kind()));
    }

    private void drainQuietly(MediaJob.Kind kind) {
        try {
            Optional<Long> next;
            while ((next = jobs.claimNext(kind, clock.instant())).isPresent()) {
                processors.get(kind).accept(next.get());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, kind + " queue not worked this time; retrying", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        GracefulStop.stop(workers.values().toArray(ScheduledExecutorService[]::new));
    }
}
