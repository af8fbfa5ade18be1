package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * FFmpeg and ffprobe as programs (Debian's {@code ffmpeg} package), run in their own processes:
 * decoders see hostile uploads, and a crash or a hang there ends one process we kill, never the
 * application server (which in-process bindings such as JavaCV would risk). Every run has a time
 * limit, and ends when the server does ({@link DiesWithServer}).
 */
@ApplicationScoped
public class Ffmpeg {
    /** What a run left: its exit code, what it wrote to stdout, the end of what it wrote to stderr. */
    record Run(int exitCode, String stdout, String stderrTail) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    /** How long a "not here" answer is kept before the programs are looked for again. */
    static final Duration RECHECK_MISSING = Duration.ofSeconds(30);
    /** Generous: the first run after boot loads FFmpeg's many libraries from a cold disk on a busy machine. */
    private static final Duration VERSION_LIMIT = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(Ffmpeg.class.getName());

    String ffmpeg;
    String ffprobe;
    private LongSupplier nanoTime;
    private volatile boolean available;
    /** When the last negative answer was found (nanoTime); null before the first look. */
    private volatile Long missingSince;

    @Inject
    public Ffmpeg(@ConfigProperty(name = "notegarden.media.ffmpeg", defaultValue = "ffmpeg") String ffmpeg,
                  @ConfigProperty(name = "notegarden.media.ffprobe", defaultValue = "ffprobe") String ffprobe) {
        this(ffmpeg, ffprobe, System::nanoTime);
    }

    Ffmpeg(String ffmpeg, String ffprobe, LongSupplier nanoTime) {
        this.ffmpeg = ffmpeg;
        this.ffprobe = ffprobe;
        this.nanoTime = nanoTime;
    }

    /** For the CDI container's proxy only. */
    protected Ffmpeg() {
    }

    /**
     * Whether both programs run here. A yes is kept for good (a later failure is that run's own
     * error); a no only for {@link #RECHECK_MISSING}, so one slow probe on a loaded machine does not
     * refuse videos until a restart, and FFmpeg installed while the server runs is seen.
     */
    boolean available() {
        if (available) {
            return true;
        }
        if (recentlyMissing()) {
            return false;
        }
        synchronized (this) {
            if (available || recentlyMissing()) {
                return available;
            }
            String missing = whyMissing();
            available = missing == null;
            if (!available) {
                LOG.warning(() -> "FFmpeg cannot be used, videos are refused (looked for again in "
                        + RECHECK_MISSING.toSeconds() + " s): " + missing);
            }
            missingSince = nanoTime.getAsLong();
            return available;
        }
    }

    private boolean recentlyMissing() {
        Long since = missingSince;
        return since != null && nanoTime.getAsLong() - since < RECHECK_MISSING.toNanos();
    }

    /** Null when both programs answer {@code -version}; otherwise what went wrong, for the log. */
    private String whyMissing() {
        for (String program : List.of(ffprobe, ffmpeg)) {
            try {
                Run run = run(List.of(program, "-version"), VERSION_LIMIT, null);
                if (!run.ok()) {
                    return program + " -version exited " + run.exitCode() + ": " + run.stderrTail().strip();
                }
            } catch (IOException e) {
                return program + ": " + e.getMessage();
            }
        }
        return null;
    }

    Run probe(List<String> args, Duration limit) throws IOException {
        List<String> command = new ArrayList<>(List.of(ffprobe));
        command.addAll(args);
        return run(command, limit, null);
    }

    /**
     * Runs ffmpeg at {@link LowPriority}; {@code progressLines} hears each stdout line as it comes
     * (for {@code -progress pipe:1}).
     */
    Run ffmpeg(List<String> args, Duration limit, Consumer<String> progressLines) throws IOException {
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-nostdin", "-y"));
        command.addAll(args);
        return run(LowPriority.command(command), limit, progressLines);
    }

    private static Run run(List<String> command, Duration limit, Consumer<String> lines) throws IOException {
        Process p = new ProcessBuilder(DiesWithServer.command(command)).start();
        CompletableFuture<String> err = new CompletableFuture<>();
        drain(() -> err.complete(tail(p)));
        StringBuilder out = new StringBuilder();
        CompletableFuture<Void> reader = new CompletableFuture<>();
        drain(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (out.length() < 1_000_000) {
                        out.append(line).append('\n');
                    }
                    if (lines != null) {
                        lines.accept(line);
                    }
                }
            } catch (IOException e) {
                // the process ended or was killed: what was read is kept
            }
            reader.complete(null);
        });
        try {
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                return new Run(-1, "", "timed out after " + limit.toSeconds() + " s");
            }
            reader.join();
            return new Run(p.exitValue(), out.toString(), err.join());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Run(-1, "", "interrupted");
        }
    }

    /** Reads a child's pipe on a thread of its own: blocking reads have no place in a shared pool. */
    private static void drain(Runnable reading) {
        Thread t = new Thread(reading, "ffmpeg-pipe");
        t.setDaemon(true);
        t.start();
    }

    /** The last 2 000 characters of stderr: enough to say why, never the whole log of a long run. */
    private static String tail(Process p) {
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                all.append(line).append('\n');
                if (all.length() > 8_000) {
                    all.delete(0, all.length() - 2_000);
                }
            }
        } catch (IOException e) {
            // ended
        }
        return all.length() > 2_000 ? all.substring(all.length() - 2_000) : all.toString();
    }
}
