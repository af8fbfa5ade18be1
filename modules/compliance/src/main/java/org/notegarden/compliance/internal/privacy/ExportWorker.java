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
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds data exports one at a time on a thread created at start-up (not a request's: see the
 * commerce README on Payara's persistence contexts), writing ZIPs under {@code <data>/exports}.
 * Exports still pending at start-up (a restart mid-export) are picked up again.
 */
@ApplicationScoped
public class ExportWorker {
    private static final Logger LOG = Logger.getLogger(ExportWorker.class.getName());

    @Resource
    ManagedThreadFactory threads;
    PrivacyRequests requests;
    ExportBuilder builder;
    String dataDir;

    @Inject
    public ExportWorker(PrivacyRequests requests, ExportBuilder builder, @ConfigProperty(name = "notegarden.data.dir",
            defaultValue = "./data") String dataDir) {
        this.requests = requests;
        this.builder = builder;
        this.dataDir = dataDir;
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

    Path folder() {
        return Path.of(dataDir, "exports");
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            long id;
            try {
                id = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                PrivacyRequest r = requests.require(id);
                if (r.getStatus() == PrivacyRequest.Status.COMPLETED || r.getStatus() == PrivacyRequest.Status.REJECTED) {
                    continue;
                }
                requests.progress(id, 5, "starting");
                Files.createDirectories(folder());
                String key = id + "-" + UUID.randomUUID() + ".zip";
                builder.build(r, folder().resolve(key));
                requests.exported(id, key);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "export " + id + " failed", e);
                try {
                    requests.failed(id, e.getClass().getSimpleName());
                } catch (RuntimeException ignoredToo) {
                    LOG.log(Level.WARNING, "could not record the failure of export " + id, ignoredToo);
                }
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
