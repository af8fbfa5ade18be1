import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * A one-node OpenSearch 2.19 on 127.0.0.1:&lt;port&gt; keeping its data under &lt;dir&gt; (a node
 * started again on the same folder finds its indexes), with {@link IcuTransformForTests}. Runs
 * until killed. Usage: java -cp &lt;classes&gt;:&lt;class path&gt; OpenSearchNode &lt;port&gt; &lt;dir&gt;
 */
public class OpenSearchNode {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        OpenSearchRunner runner = new OpenSearchRunner();
        // The port is chosen free by the caller; the runner would otherwise only look at 9201-9299.
        runner.setMaxHttpPort(-1);
        runner.onBuild((number, settings) -> settings
                        .put("network.host", "127.0.0.1")
                        .put("transport.port", String.valueOf(port + 100))
                        // A test machine's disk may be fuller than OpenSearch's default watermarks allow.
                        .put("cluster.routing.allocation.disk.threshold_enabled", "false"))
                .build(newConfigs().numOfNode(1).basePath(args[1]).baseHttpPort(port - 1).clusterName("notegarden-test")
                        .pluginTypes("IcuTransformForTests"));
        runner.ensureYellow();
        System.out.println("OpenSearch up on 127.0.0.1:" + port);
        Thread.currentThread().join();
    }
}
