package dev.resync.conformance.cli;

import dev.resync.conformance.container.PeerStartException;
import dev.resync.conformance.harness.ContainerServer;
import dev.resync.conformance.harness.Inputs;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.report.Redaction;
import dev.resync.conformance.suite.Suites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code conformance server --image IMAGE --port N [--config NAME|FILE]}: starts the server in a
 * container ({@link ContainerServer}), certifies it with the server suites at
 * {@code https://localhost:N/profile/$MA.xml} as the stand-in genuine device, stops it.
 *
 * <p>The container's log is evidence of the whole run, not of one case: a report's cases are
 * per requirement, and repeating the log in each case's evidence would copy it some seventy
 * times. So it is written, bounded and scrubbed of private keys, as {@code container.log} next to
 * {@code report.json}, and the report's settings name the image, the configuration and that file.
 */
final class ContainerServerRun {

  static final String DEFAULT_CONFIG = "apache2-guide";
  static final String LOG_FILE = "container.log";
  /** The most of the container's log kept: its last 64 KiB, what the container fixture buffers. */
  static final int LOG_LIMIT = 64 * 1024;

  private ContainerServerRun() {}

  static int certify(String image, int port, String configName, CommonOptions options) {
    ContainerServer.Config config = ContainerServer.Config.of(configName == null ? DEFAULT_CONFIG : configName);
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put(RunSettings.CLIENT, "reference");
    parameters.put(RunSettings.SERVER_URL, "https://localhost:" + port + "/profile/$MA.xml");
    RunSettings settings = options.settings(parameters);
    Inputs.fixtures("--fixtures", settings.fixtures());
    String command = "conformance server --image " + image + " --port " + port + " --config " + config.name();
    Map<String, String> context = new LinkedHashMap<>();
    context.put("conformance.server.image", image);
    context.put("conformance.server.config", config.name());
    context.put("conformance.server.container-log", LOG_FILE);

    Path work;
    try {
      work = Files.createTempDirectory("resync-server-"); // rwx------: it holds the server's key
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a work directory: " + e.getMessage(), e);
    }
    long begin = System.nanoTime();
    try (ContainerServer server = ContainerServer.start(image, port, config, settings.fixtures(), work, "genuine-server")) {
      System.out.println("Container: " + image + " " + server.container().shortId() + " with " + config.name() + " ("
          + config.kind().name().toLowerCase(Locale.ROOT) + "), listening on 127.0.0.1:" + port + " after " + server.startupMillis() + " ms");
      return SuiteRun.run(settings, Suites.SERVER, command, options.reportRoot(), context, directory -> {
        server.close(); // stopped first, so that the log ends with the server's shutdown
        long millis = (System.nanoTime() - begin) / 1_000_000;
        if (directory != null) {
          Path log = directory.resolve(LOG_FILE);
          try {
            Files.writeString(log, server.log(LOG_LIMIT) + "\n", StandardCharsets.UTF_8);
            System.out.println("Container log: " + log);
          } catch (IOException e) {
            System.err.println("conformance: could not keep the container log: " + e.getMessage());
          }
        }
        System.out.println("Container start to verdict: " + millis + " ms");
      });
    } catch (PeerStartException e) {
      System.err.println("conformance: the server container did not start: " + Redaction.scrub(e.getMessage()));
      return ConformanceCli.HARNESS;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export the fixtures for the container: " + e.getMessage(), e);
    } finally {
      delete(work);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // A temporary directory: the system cleans it eventually.
    }
  }
}
