package dev.resync.conformance.harness;

import dev.resync.conformance.client.ClientRun;
import dev.resync.conformance.client.ClientUnderTest;
import dev.resync.conformance.client.FetchRequest;
import dev.resync.conformance.server.ConnectionRecord;
import dev.resync.conformance.server.ScenarioServer;
import dev.resync.conformance.server.ServerConfig;
import dev.resync.conformance.verdict.ConnectionLog;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The step the cipher, protocol and audit cases share: start a scenario server, let the client
 * fetch its profile from it, wait for the server to finish, and log what it saw for the run-wide
 * rules. ({@link ClientHarness#run} does the same for trust cases, and logs likewise.)
 */
final class ScenarioFetch {

  /** How long the server may still be busy with a connection once the client has returned. */
  private static final Duration SETTLE = Duration.ofSeconds(2);

  /**
   * What one scenario showed.
   *
   * @param serverProtocols the versions the server enabled (JSSE names)
   * @param serverSuites the suites the server enabled (JSSE names)
   * @param refusedConnections connections over the server's limit, closed unread
   */
  record Observation(
      List<ConnectionRecord> connections,
      ClientRun run,
      List<String> serverProtocols,
      List<String> serverSuites,
      int refusedConnections) {}

  private ScenarioFetch() {}

  static Observation run(
      ServerConfig config, ClientUnderTest client, String path, Duration timeout, ConnectionLog log, String scenario)
      throws IOException, InterruptedException {
    try (ScenarioServer server = ScenarioServer.start(config)) {
      ClientRun run = client.fetch(new FetchRequest(server.url(path), timeout));
      List<ConnectionRecord> connections = server.awaitIdle(SETTLE);
      log.add(scenario, connections);
      return new Observation(
          connections, run, server.enabledProtocols(), server.enabledCipherSuites(), server.refusedConnections());
    }
  }
}
