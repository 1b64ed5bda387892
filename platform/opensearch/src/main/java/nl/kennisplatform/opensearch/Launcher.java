package nl.kennisplatform.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.logging.log4j.LogManager;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * Starts one real OpenSearch 2.19.6 node from the Maven Central jars, for tests.
 *
 * <p>No OpenSearch distribution tarball can be downloaded here, so instead of
 * bin/opensearch we build the node ourselves. The distribution loads its
 * "modules" (netty transport, analysis-common, ...) from separate class loaders;
 * here they sit on the normal classpath and are handed to the protected Node
 * constructor as "classpath plugins", the same mechanism OpenSearch's own test
 * framework (MockNode) uses.
 *
 * <p>Going through Node directly skips org.opensearch.bootstrap.Bootstrap, so:
 * no security manager is installed, no jar-hell check of the classpath is run,
 * no native (mlockall, seccomp) initialisation happens, and no production
 * bootstrap checks (vm.max_map_count, heap size, ...) are enforced — Node's
 * default validateNodeBeforeAcceptingRequests() does nothing. None of these
 * matter for a throwaway loopback test node. (PluginsService only jar-hell-checks
 * bundles found in modules/ and plugins/, which stay empty here.)
 *
 * <p>Usage: {@code Launcher [httpPort] [dir] [key=value ...]}
 * <ul>
 *   <li>httpPort: default $OPENSEARCH_PORT or 9201; transport port is httpPort+100</li>
 *   <li>dir: node directory, WIPED at start; default ./var/opensearch-node</li>
 *   <li>key=value: extra/overriding node settings; "key=" (empty) removes a default,
 *       e.g. "discovery.type=" for multi-node clusters</li>
 * </ul>
 */
public final class Launcher extends Node {

    /** The modules a distribution would load from its modules/ directory. */
    private static final List<Class<? extends Plugin>> PLUGINS = List.of(
        Netty4Plugin.class,          // HTTP + transport layer ("netty4" is the default type)
        CommonAnalysisPlugin.class,  // dutch analyzer, stemmer, synonym_graph, dictionary_decompounder, ...
        MapperExtrasPlugin.class,    // search_as_you_type, rank_feature, scaled_float, ...
        PainlessPlugin.class,        // painless scripts (script_score, update-by-query, ...)
        ReindexPlugin.class          // _reindex, _update_by_query, _delete_by_query
    );

    private Launcher(Environment env) {
        // forbidPrivateIndexSettings=true: same as a production node.
        super(env, PLUGINS, true);
    }

    public static void main(String[] args) throws Exception {
        int httpPort = args.length > 0 ? Integer.parseInt(args[0])
            : Integer.parseInt(System.getenv().getOrDefault("OPENSEARCH_PORT", "9201"));
        Path dir = (args.length > 1 ? Paths.get(args[1]) : Paths.get("var", "opensearch-node"))
            .toAbsolutePath().normalize();

        // Fresh node every run: wipe the directory, then lay out home/{config,modules,plugins}.
        // PluginsService scans modules/ and plugins/, so they must exist (empty).
        deleteRecursively(dir);
        Path home = dir.resolve("home");
        Path config = home.resolve("config");
        Files.createDirectories(config);
        Files.createDirectories(home.resolve("modules"));
        Files.createDirectories(home.resolve("plugins"));
        // node.portsfile writes into path.logs, which Node does not create itself.
        Files.createDirectories(dir.resolve("logs"));
        try (InputStream in = Launcher.class.getResourceAsStream("/opensearch-log4j2.properties")) {
            Files.copy(in, config.resolve("log4j2.properties"), StandardCopyOption.REPLACE_EXISTING);
        }

        String nodeName = "kp-node-" + httpPort;
        Settings.Builder builder = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", dir.resolve("data").toString())
            .put("path.logs", dir.resolve("logs").toString())
            .put("node.name", nodeName)
            .put("cluster.name", "kennisplatform-test")
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort)
            .put("transport.port", httpPort + 100)
            // Writes logs/http.ports and logs/transport.ports once bound.
            .put("node.portsfile", true)
            // Test machines often have full-ish disks; never go read-only because of that.
            .put("cluster.routing.allocation.disk.threshold_enabled", false);
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got: " + args[i]);
            }
            String key = args[i].substring(0, eq);
            String value = args[i].substring(eq + 1);
            if (value.isEmpty()) {
                builder.remove(key);
            } else {
                builder.put(key, value);
            }
        }
        Settings settings = builder.build();

        // Same order as Bootstrap: error listener, node name for %node_name, then
        // configure log4j from config/log4j2.properties. Without this OpenSearch's
        // loggers have no appender and log4j prints "no configuration" errors.
        Environment env = InternalSettingsPreparer.prepareEnvironment(
            settings, Map.of(), config, () -> nodeName);
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName(nodeName);
        LogConfigurator.configure(env);

        Launcher node = new Launcher(env);

        // Node threads may all be daemons, so keep the JVM alive with a latch that
        // the shutdown hook (SIGTERM / Ctrl-C) releases after a clean close().
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                // log4j's own shutdown hook is off (log4j2.component.properties) so the
                // node's last log lines survive; stop log4j here, after close().
                LogManager.shutdown();
                stopped.countDown();
            }
        }, "opensearch-shutdown"));

        try {
            node.start();
        } catch (Throwable t) {
            // Exit non-zero (running the shutdown hook) rather than hang half-started.
            t.printStackTrace();
            System.exit(1);
        }
        System.out.println("OpenSearch node " + nodeName + " started: http://127.0.0.1:" + httpPort);
        stopped.await();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
