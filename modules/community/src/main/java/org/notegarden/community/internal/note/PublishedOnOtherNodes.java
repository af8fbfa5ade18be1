package org.notegarden.community.internal.note;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.notegarden.platform.api.OneNodeDatabase;
import org.notegarden.platform.api.GracefulStop;

/**
 * Tells this node's remembered lists (the popular ranking, the latest feed's first page) about
 * notes published on other nodes of a cluster, as a publish on this node does: every 2 s it reads
 * the newest publish time (the first entry of the newest-first index) and, when it moved, fires
 * {@link NoteWentPublic}. So a note written on node A is in node B's popular feed within seconds,
 * not when B's 30 s ranking ages out. One indexed read every 2 s per node; nothing is written and
 * no node needs to know the others. Notes that become public again without a new publish time (a
 * moderator's release of an old note) still reach other nodes when their rankings age out; a note
 * that stops being public never needs this, since every page is checked against the database.
 */
@ApplicationScoped
public class PublishedOnOtherNodes {
    private static final Logger LOG = Logger.getLogger(PublishedOnOtherNodes.class.getName());

    @Resource
    ManagedThreadFactory threads;
    NewestPublishTime newest;
    Event<NoteWentPublic> wentPublic;

    private ScheduledExecutorService timer;
    /** The newest publish time this node has looked at; null before the first look. */
    private Instant newestSeen;

    @Inject
    public PublishedOnOtherNodes(NewestPublishTime newest, Event<NoteWentPublic> wentPublic) {
        this.newest = newest;
        this.wentPublic = wentPublic;
    }

    /** For the CDI container's proxy only. */
    protected PublishedOnOtherNodes() {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (OneNodeDatabase.inUse()) {
            return; // one H2 file serves one node: there are no other nodes to look for
        }
        timer = new ScheduledThreadPoolExecutor(1, threads);
        timer.scheduleWithFixedDelay(this::lookQuietly, 2, 2, TimeUnit.SECONDS);
    }

    private void lookQuietly() {
        try {
            if (moved(newest.read())) {
                wentPublic.fire(new NoteWentPublic(0)); // no transaction here: its observers hear it at once
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not look for notes published elsewhere; looking again in 2 s", e);
        }
    }

    /** Whether the newest publish time moved past what was seen before (the first look only remembers it). */
    synchronized boolean moved(Instant newest) {
        if (newest == null) {
            return false;
        }
        boolean moved = newestSeen != null && newest.isAfter(newestSeen);
        if (newestSeen == null || newest.isAfter(newestSeen)) {
            newestSeen = newest;
        }
        return moved;
    }

    @PreDestroy
    void stop() {
        GracefulStop.stop(timer);
    }
}
