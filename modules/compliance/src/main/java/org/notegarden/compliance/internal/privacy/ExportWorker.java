package org.notegarden.compliance.internal.privacy;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.notegarden.compliance.api.ExportFiles;
import org.notegarden.platform.api.DataDirectory;

/**
 * Builds data exports one at a time on a thread created at start-up (not a request's: see the
 * commerce README on Payara's persistence contexts) and keeps the ZIPs in {@link ExportFiles}, the
 * store every node shares. Each export is claimed before it is built, so it is built once per
 * cluster; every node looks for pending exports at start-up and then every minute, which is how
 * an export whose node died mid-way (its claim lapsed) is built by another.
 */
@ApplicationScoped
public class ExportWorker {
    private static final Logger LOG = Logger.getLogger(ExportWorker.class.getName());
    /** Longer than an export takes; a node that died building one leaves it to others after this. */
    static final Duration CLAIM = Duration.ofMinutes(30);

    @Resource
    ManagedThreadFactory threads;
    PrivacyRequests requests;
    ExportBuilder builder;
    ExportFiles files;
    Clock clock;
    String dataDir;

    @Inject
    public ExportWorker(PrivacyRequests requests, ExportBuilder builder, ExportFiles files, Clock clock) {
        this.requests = requests;
        this.builder = builder;
        this.files = files;
        this.clock = clock;
        this.dataDir = DataDirectory.configured();
    }

    /** For the CDI container's proxy only. */
    protected ExportWorker() {
    }

    private final BlockingQueue<Long> queue = new LinkedBlockingQueue<>();
    private volatile Thread worker;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        worker = threads.newThread(this::run);
        worker.setName("privacy-exports");
        worker.setDaemon(true);
        worker.start();
        queue.addAll(requests.pendingExports());
    }

    public void enqueue(long requestId) {
        queue.add(requestId);
    }

    /** Where exports were written before they moved to {@link ExportFiles}; still read for downloads made then. */
    Path legacyFolder() {
        return Path.of(dataDir, "exports");
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            Long id;
            try {
                id = queue.poll(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                return;
            }
            if (id == null) {
                lookForPending();
                continue;
            }
            Instant now = clock.instant();
            Path zip = null;
            try {
                if (!requests.claimExport(id, now, now.plus(CLAIM))) {
                    continue; // done, or another node is building it
                }
                PrivacyRequest r = requests.require(id);
                requests.progress(id, 5, "starting");
                zip = Files.createTempFile("notegarden-export-", ".zip");
                builder.build(r, zip);
                requests.exported(id, files.keep(zip));
            } catch (Exception e) {
                LOG.log(Level.WARNING, "export " + id + " failed", e);
                try {
                    requests.failed(id, e.getClass().getSimpleName());
                } catch (RuntimeException ignoredToo) {
                    LOG.log(Level.WARNING, "could not record the failure of export " + id, ignoredToo);
                }
            } finally {
                deleteQuietly(zip);
            }
        }
    }

    private void lookForPending() {
        try {
            requests.pendingExports().stream().filter(id -> !queue.contains(id)).forEach(queue::add);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not look for pending exports; trying again in a minute", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (java.io.IOException e) {
                LOG.log(Level.FINE, "temporary export file left behind: " + file, e);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (worker != null) {
            worker.interrupt();
        }
    }
}
