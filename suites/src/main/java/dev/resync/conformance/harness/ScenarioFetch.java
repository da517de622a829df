package dev.resync.conformance.harness;

import dev.resync.conformance.client.ClientRun;
import dev.resync.conformance.client.ClientUnderTest;
import dev.resync.conformance.client.FetchRequest;
import dev.resync.conformance.server.ConnectionRecord;
import dev.resync.conformance.server.ScenarioServer;
import dev.resync.conformance.server.ServerConfig;
import dev.resync.conformance.verdict.ConnectionLog;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/**
 * The step every client case shares: start a scenario server, let the client fetch its profile
 * from it, wait for the server to finish, and log what it saw for the run-wide rules. The
 * client's own words are scrubbed of key material on the way.
 */
final class ScenarioFetch {

  /**
   * What one scenario showed.
   *
   * @param serverProtocols the versions the server enabled (JSSE names)
   * @param serverSuites the suites the server enabled (JSSE names)
   * @param refusedConnections connections over the server's limit, closed unread
   * @param stillOpen connections cut off when the server closed: they leave no record
   * @param offeredClientChains every client certificate chain the client sent, in order
   */
  record Observation(
      List<ConnectionRecord> connections,
      ClientRun run,
      List<String> serverProtocols,
      List<String> serverSuites,
      int refusedConnections,
      int stillOpen,
      List<List<X509Certificate>> offeredClientChains) {

    /** Adds the counts worth a reader's attention to a case's evidence. */
    void addCountsTo(java.util.Map<String, Object> evidence) {
      if (refusedConnections > 0) {
        evidence.put("refusedConnections", refusedConnections);
      }
      if (stillOpen > 0) {
        evidence.put("connectionsStillOpenAtCaseEnd", stillOpen);
      }
    }
  }

  private ScenarioFetch() {}

  static Observation run(
      ServerConfig config, ClientUnderTest client, String path, Duration timeout, ConnectionLog log, String scenario)
      throws IOException, InterruptedException {
    try (ScenarioServer server = ScenarioServer.start(config)) {
      ClientRun run = ClientHarness.redacted(client.fetch(new FetchRequest(server.url(path), timeout)));
      List<ConnectionRecord> connections = server.awaitIdle(TimeBudget.SETTLE);
      log.add(scenario, connections);
      return new Observation(
          connections, run, server.enabledProtocols(), server.enabledCipherSuites(), server.refusedConnections(),
          server.inProgress(), server.offeredClientChains());
    }
  }
}
