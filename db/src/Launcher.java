import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts a Neo4j 5 community DBMS (embedded kernel, same Cypher engine as the server) with only
 * the Bolt connector, bound to 127.0.0.1, so the project runs a real Neo4j without Docker.
 *
 * Usage: java ... Launcher --home DIR --port N [--pagecache-mb N] [--parent-pid PID] [--watch-stdin]
 *   [--config name=value]...
 *
 * Prints "READY bolt://127.0.0.1:N" on stdout once a first query has answered. Shuts down cleanly
 * on SIGTERM/SIGINT, when the parent process dies (--parent-pid) or when stdin closes
 * (--watch-stdin), so no orphan JVM survives the process that started it.
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    Path home = null;
    int port = 7687;
    long pageCacheMb = 64;
    long parentPid = -1;
    boolean watchStdin = false;
    StringBuilder extra = new StringBuilder();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--home" -> home = Path.of(args[++i]).toAbsolutePath();
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--pagecache-mb" -> pageCacheMb = Long.parseLong(args[++i]);
        case "--parent-pid" -> parentPid = Long.parseLong(args[++i]);
        case "--watch-stdin" -> watchStdin = true;
        case "--config" -> {
          String setting = args[++i];
          if (!setting.contains("=")) fail("--config wants name=value: " + setting);
          extra.append(setting).append('\n');
        }
        default -> fail("unknown argument: " + args[i]);
      }
    }
    if (home == null) fail("--home is required");
    Files.createDirectories(home);
    // Settings given by name (NEO4J_CONFIG of local-neo4j.ts) go through a properties file, the
    // one way the embedded builder takes a setting by its name; the ones set below win over it.
    Path extraConf = Files.createTempFile("neo4j-settings-", ".conf");
    extraConf.toFile().deleteOnExit();
    Files.writeString(extraConf, extra.toString());

    long started = System.nanoTime();
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            // Rotated at 8 MiB, not 256: with keep_logical_logs=false a checkpoint prunes every
            // file but the last, so the logs left on disk are at most ~8 MiB, not the whole
            // ingest since the server started (47 MiB at 10,000 documents, 5 KB a document).
            .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(8))
            // Store files grow as records are written, not in preallocated chunks: at 3,000
            // documents the property and string stores stood at exactly 64 and 96 MiB.
            .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
            .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
            // Bolt waits 2 x 5 s for idle connections at shutdown by default; our clients are
            // local and already closed, so stop promptly (tests start and stop servers often).
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .loadPropertiesFromFile(extraConf)
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Thread shutdown =
        new Thread(
            () -> {
              try {
                dbms.shutdown();
              } finally {
                stopped.countDown();
              }
            },
            "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("RETURN 1");
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    System.out.println("READY bolt://127.0.0.1:" + port + " (" + ms + " ms)");
    System.out.flush();

    if (parentPid > 0) {
      long pid = parentPid;
      Thread watcher =
          new Thread(
              () -> {
                while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                  sleep(1000);
                }
                System.out.println("parent " + pid + " gone, shutting down");
                System.exit(0);
              },
              "parent-watch");
      watcher.setDaemon(true);
      watcher.start();
    }
    if (watchStdin) {
      Thread watcher =
          new Thread(
              () -> {
                try (InputStream in = System.in) {
                  while (in.read() >= 0) {
                    // drain until EOF: the parent closed our stdin or died
                  }
                } catch (IOException ignored) {
                  // a broken pipe means the same as EOF
                }
                System.out.println("stdin closed, shutting down");
                System.exit(0);
              },
              "stdin-watch");
      watcher.setDaemon(true);
      watcher.start();
    }
    stopped.await();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void fail(String message) {
    System.err.println("Launcher: " + message);
    System.exit(2);
  }
}
