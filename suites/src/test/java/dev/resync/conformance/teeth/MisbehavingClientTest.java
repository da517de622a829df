package dev.resync.conformance.teeth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.harness.TimeBudget;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.suite.ClientTrustSuite;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clients under test that misbehave get a precise verdict, within the case's budget, and the
 * run goes on to the next case. Each row runs the genuine case (C-TRUST-01) and one rogue case
 * (C-TRUST-02, self-signed) through the command client, as {@code conformance client} does.
 */
class MisbehavingClientTest {

  /** Replaced in commands by a number unique to this test run, to find leftover processes. */
  private static final String MARK = "{mark}";

  /**
   * One misbehaviour: the command (with {@link #MARK} where a leftover process would show),
   * the case timeout, and the verdicts and reason both cases must get.
   */
  record Misbehaviour(
      String behaviour, String command, Duration timeout, Outcome genuine, Outcome rogue, String reason,
      Map<String, Object> rogueEvidence) {
    @Override
    public String toString() {
      return behaviour;
    }
  }

  private static final Duration SHORT = Duration.ofMillis(1500);

  static Stream<Misbehaviour> misbehaviours() {
    return Stream.of(
        new Misbehaviour("never exits", "sleep " + MARK, SHORT, Outcome.ERROR, Outcome.ERROR,
            "never connected to the scenario server (did not fetch the profile, timed out and was stopped", Map.of()),
        new Misbehaviour("never exits, and has children that never exit", "sh -c 'sleep " + MARK + " & sleep " + MARK + "'",
            SHORT, Outcome.ERROR, Outcome.ERROR, "timed out and was stopped", Map.of()),
        new Misbehaviour("exits 0 at once, leaving a child running", "sleep " + MARK + " & exit 0",
            SHORT, Outcome.ERROR, Outcome.ERROR, "the client reports success but never connected", Map.of()),
        new Misbehaviour("exits 0 without connecting", "true", SHORT, Outcome.ERROR, Outcome.ERROR,
            "the client reports success but never connected to the scenario server", Map.of()),
        new Misbehaviour("fails without connecting", "exit 7", SHORT, Outcome.ERROR, Outcome.ERROR,
            "never connected to the scenario server (did not fetch the profile, exit code 7", Map.of()),
        new Misbehaviour("sends an HTTP request instead of a ClientHello",
            "bash -c 'exec 3<>/dev/tcp/127.0.0.1/$0; printf \"GET / HTTP/1.0\\r\\n\\r\\n\" >&3; cat <&3' {port}",
            SHORT, Outcome.ERROR, Outcome.ERROR,
            "the handshake ended before the server's Certificate was sent, so the certificate was never judged:"
                + " not a TLS handshake: first bytes 47 45 54 20",
            Map.of()),
        new Misbehaviour("connects and stays silent (tarpit)",
            "bash -c 'exec 3<>/dev/tcp/127.0.0.1/$0; sleep " + MARK + "' {port}",
            SHORT, Outcome.ERROR, Outcome.ERROR,
            "the client went silent during the handshake and the server timed out; no decision was shown"
                + " (SocketTimeoutException: Read timed out)",
            Map.of()),
        // 30 connections in one case: the first 16 (maxConnections) are served and recorded,
        // the rest closed on accept and counted; one accepted rogue connection is a FAIL.
        new Misbehaviour("connects 30 times, trusting anything",
            "for i in $(seq 30); do curl -sk -o /dev/null {url}; done",
            Duration.ofSeconds(20), Outcome.PASS, Outcome.FAIL, "",
            Map.of("refusedConnections", 14)),
        // 100 connections at once, each closed without a word: the accept loop survives the
        // flood, serves its 16 and refuses the rest.
        new Misbehaviour("opens 100 connections at once and closes them",
            "bash -c 'for i in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$0) & done; wait' {port}",
            Duration.ofSeconds(20), Outcome.ERROR, Outcome.ERROR,
            "the handshake ended before the server's Certificate was sent, so the certificate was never judged:"
                + " the client sent nothing",
            Map.of("refusedConnections", 84)));
  }

  @ParameterizedTest(name = "a client that {0}")
  @MethodSource("misbehaviours")
  void misbehavingClientGetsAPreciseVerdictWithinItsBudget(Misbehaviour client) {
    String mark = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    String command = client.command().replace(MARK, mark);

    long start = System.nanoTime();
    List<CaseResult> results = SuiteRuns.run(List.of(ClientTrustSuite.class), Map.of(
        RunSettings.CLIENT, "command",
        RunSettings.COMMAND, command,
        RunSettings.ONLY, "C-TRUST-01,C-TRUST-02",
        RunSettings.TIMEOUT_MS, String.valueOf(client.timeout().toMillis())));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    String all = SuiteRuns.describe(results);
    assertThat(results).extracting(CaseResult::id).as("every case reached a verdict:%s", all)
        .containsExactly("C-TRUST-01", "C-TRUST-02");
    CaseResult genuine = results.get(0);
    CaseResult rogue = results.get(1);
    assertThat(genuine.outcome()).as("genuine case:%s", all).isEqualTo(client.genuine());
    assertThat(rogue.outcome()).as("rogue case:%s", all).isEqualTo(client.rogue());
    for (CaseResult result : results) {
      if (result.outcome() == Outcome.ERROR) {
        assertThat(result.reason()).as("reason of %s", result.id()).contains(client.reason());
      }
    }
    if (client.rogue() == Outcome.FAIL) {
      assertThat(rogue.reason()).isEqualTo("the client accepted a rogue server and asked it for its profile");
    }
    assertThat(rogue.evidence()).as("evidence of the rogue case").containsAllEntriesOf(client.rogueEvidence());
    Duration budget = new TimeBudget(client.timeout(), 1).perCase();
    for (CaseResult result : results) {
      assertThat(Duration.ofMillis(result.durationMs())).as("%s took %d ms; its budget is %s", result.id(),
          result.durationMs(), budget).isLessThanOrEqualTo(budget);
    }
    assertThat(took).as("the whole run").isLessThanOrEqualTo(new TimeBudget(client.timeout(), 2).run());
    assertThat(Leftovers.processes("sleep " + mark)).as("processes of '%s' left after the run", command).isEmpty();
  }
}
