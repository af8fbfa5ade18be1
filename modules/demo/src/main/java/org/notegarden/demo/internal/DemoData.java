package org.notegarden.demo.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.commerce.api.StorefrontActions;
import org.notegarden.community.api.AccountDirectory;
import org.notegarden.community.api.CommunityActions;

/**
 * With {@code notegarden.demo=true}, fills an empty installation with a living community:
 * 32 people, about 320 bilingual notes with generated pictures, follows, likes, collects and
 * comments, four shops with their products, and notes that feature them. Runs in the background
 * after start-up (the app answers meanwhile) and only once: it does nothing when the first demo
 * account already exists. All demo passwords are {@code notegarden-demo}.
 */
@Singleton
@Startup
public class DemoData {
    static final String PASSWORD = "notegarden-demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "notegarden.demo", defaultValue = "false")
    boolean enabled;
    /** Rounds of one note per person: ten make the ~320 notes a visitor scrolls; fewer seed faster (StartFasterIT uses one). */
    @Inject
    @ConfigProperty(name = "notegarden.demo.rounds", defaultValue = "10")
    int rounds;
    @Resource
    ManagedExecutorService executor;
    @Inject
    AccountDirectory directory;
    @Inject
    CommunityActions community;
    @Inject
    StorefrontActions storefront;

    @PostConstruct
    void start() {
        if (enabled) {
            executor.submit(this::seedQuietly);
        }
    }

    private void seedQuietly() {
        try {
            if (firstPersonExists()) {
                LOG.info("Demo data already present.");
                return;
            }
            long started = System.nanoTime();
            SeedAttempts attempts = new SeedAttempts(5, Duration.ofSeconds(2), this::firstPersonExists,
                    pause -> Thread.sleep(pause.toMillis()));
            int made = attempts.run(() -> seed(new Random(2026)));
            LOG.info(() -> "Demo data: " + made + " notes in " + (System.nanoTime() - started) / 1_000_000 + " ms.");
        } catch (RuntimeException e) {
            // Demo data is a convenience: the app runs without it, so a failure is logged, not raised.
            LOG.log(Level.WARNING, "Demo data could not be loaded", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is stopping
        }
    }

    private boolean firstPersonExists() {
        return directory.byHandle(DemoContent.PEOPLE.get(0).handle()).isPresent();
    }

    private int seed(Random random) {
        DemoCommunity people = new DemoCommunity(community, random);
        Map<String, Long> ids = people.people(PASSWORD);
        List<Long> everyone = new ArrayList<>(ids.values());
        people.follows(everyone);
        int notes = people.notes(everyone, Math.max(1, rounds));
        // Videos are processed in the background while the shops open, and published after.
        DemoVideos videos = new DemoVideos(community, new Random(7));
        List<DemoVideos.Pending> clips = videos.upload(everyone.subList(0, Math.min(4, everyone.size())));
        List<DemoShops.DemoProduct> products = new DemoShops(storefront, people).open(ids);
        LOG.info(() -> "Demo shops: " + products.size() + " products on sale.");
        new DemoFeaturedNotes(community, people, new Random(11)).feature(products, everyone);
        try {
            int published = videos.publish(clips);
            LOG.info(() -> "Demo videos: " + published + " of " + clips.size() + " published.");
            return notes + published;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return notes;
        }
    }
}
