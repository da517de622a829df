package dev.resync.conformance.teeth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.harness.TimeBudget;
import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.suite.Suites;
import dev.resync.conformance.teeth.MisbehavingServer.Behaviour;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Servers under test that misbehave get a precise verdict in every case, within the case's
 * timeout, and the run goes on to the next case. Each row runs the server suites, as
 * {@code conformance server --url} does, on a selection that touches every judge: the chain
 * (S-CHAIN-01, whose probe is also the control for refusals), a suite and the forbidden
 * versions (S-CIPHER-01, S-PROTO-02), the genuine device and a rogue one (S-MTLS-01, -03), and
 * another device's profile (S-FILTER).
 */
class MisbehavingServerTest {

  private static final Duration TIMEOUT = Duration.ofMillis(1500);

  /** What a case may take beyond its timeout: closing the probe, judging, a loaded machine. */
  private static final Duration MARGIN = Duration.ofSeconds(1);

  private static final String SELECTION = "S-CHAIN-01,S-CIPHER-01,S-PROTO-02,S-MTLS-01,S-MTLS-03,S-FILTER";

  /** Cases the probe decides on the TLS layer alone: a server that completes genuine handshakes gives real evidence there. */
  private static final Set<String> TLS_LAYER = Set.of("S-CHAIN-01", "S-CIPHER-01", "S-PROTO-02");

  /**
   * One misbehaviour and what every undecided or failed case must say about it.
   *
   * @param mayPass the cases in which the server gave real evidence (a genuine handshake), so a PASS is earned
   */
  record Row(Behaviour behaviour, String reason, Set<String> mayPass) {
    @Override
    public String toString() {
      return behaviour.name().toLowerCase().replace('_', ' ');
    }
  }

  static Stream<Row> rows() {
    String ms = TIMEOUT.toMillis() + " ms";
    return Stream.of(
        new Row(Behaviour.CLOSES_AT_ONCE, "the server closed the connection before ServerHello (it sent nothing)", Set.of()),
        new Row(Behaviour.ANSWERS_PLAIN_HTTP, "not TLS: first bytes 48 54 54 50 (HTTP)", Set.of()),
        new Row(Behaviour.SENDS_RANDOM_BYTES,
            "not TLS: first bytes " + HexFormat.ofDelimiter(" ").formatHex(MisbehavingServer.RANDOM, 0, 4), Set.of()),
        new Row(Behaviour.TARPIT, "no answer to the ClientHello within " + ms, Set.of()),
        new Row(Behaviour.SLOWLORIS, "the handshake did not finish within the probe's deadline of " + ms, Set.of()),
        new Row(Behaviour.FATAL_ALERT, "alert fatal handshake_failure", Set.of()),
        new Row(Behaviour.RESETS_MID_HANDSHAKE, "the server reset the connection before ServerHello (it sent nothing)", Set.of()),
        new Row(Behaviour.CHAIN_OF_200, "exceeds the maximum allowed", Set.of()),
        new Row(Behaviour.CERTIFICATE_OF_1_MIB, "exceeds the maximum allowed", Set.of()),
        new Row(Behaviour.NO_HTTP_RESPONSE, "handshake completed, but no HTTP response within " + ms, TLS_LAYER),
        new Row(Behaviour.ENDLESS_BODY, "the response exceeded 16384 bytes; the probe read no further", TLS_LAYER),
        new Row(Behaviour.REDIRECT_LOOP, "HTTP 302 without a profile (a redirect: the probe follows none)", TLS_LAYER));
  }

  @BeforeAll
  static void warmUp() {
    // The first run loads the JSSE and launcher classes and starts the JVM's own lazy threads.
    SuiteRuns.run(Suites.SERVER, Map.of(RunSettings.ONLY, "S-CHAIN-01"));
  }

  @ParameterizedTest(name = "a server that {0}")
  @MethodSource("rows")
  void misbehavingServerGetsAPreciseVerdictInEveryCaseWithinItsTimeout(Row row) throws Exception {
    Set<String> threadsBefore = Leftovers.threads();
    int socketsBefore = Leftovers.openSockets();
    List<CaseResult> results;
    long start = System.nanoTime();
    try (MisbehavingServer server = MisbehavingServer.start(row.behaviour(), FixtureStore.open(SuiteRuns.FIXTURES))) {
      results = SuiteRuns.run(Suites.SERVER, Map.of(
          RunSettings.SERVER_URL, server.url(),
          RunSettings.ONLY, SELECTION,
          RunSettings.TIMEOUT_MS, String.valueOf(TIMEOUT.toMillis())));
      assertThat(server.connections()).as("the server was probed").isPositive();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String all = SuiteRuns.describe(results);
    System.out.printf("%-22s %5d ms for %d cases:%s%n", row, took.toMillis(), results.size(), all);

    assertThat(results).extracting(CaseResult::id).as("every case reached a verdict:%s", all)
        .contains("S-CHAIN-01", "S-CIPHER-01", "S-PROTO-02", "S-MTLS-01", "S-MTLS-03", "S-FILTER-01");
    for (CaseResult result : results) {
      assertThat(Duration.ofMillis(result.durationMs())).as("%s took %d ms", result.id(), result.durationMs())
          .isLessThanOrEqualTo(TIMEOUT.plus(MARGIN));
      if (result.outcome() == Outcome.NOT_APPLICABLE) {
        continue;
      }
      if (row.mayPass().contains(result.id()) && result.outcome() == Outcome.PASS) {
        continue;
      }
      assertThat(result.outcome()).as("%s: no evidence of conformance, so ERROR or FAIL:%s", result.id(), all)
          .isIn(Outcome.ERROR, Outcome.FAIL);
      assertThat(result.reason()).as("reason of %s", result.id()).contains(row.reason());
    }
    assertThat(took).as("the whole run").isLessThanOrEqualTo(new TimeBudget(TIMEOUT, results.size()).run());
    assertThat(Leftovers.openSockets()).as("sockets open after the run (before: %d)", socketsBefore).isLessThanOrEqualTo(socketsBefore);
    Set<String> threadsLeft = new HashSet<>(Leftovers.threads());
    threadsLeft.removeAll(threadsBefore);
    assertThat(threadsLeft).as("threads started by the run and still alive").isEmpty();
  }
}
