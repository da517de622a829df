package dev.resync.conformance.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.cli.SuiteLauncher;
import dev.resync.conformance.client.ClientFlaw;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.suite.Suites;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The C-MTLS cases have teeth: a client that hands its device certificate to whoever asks, and
 * a client with no device certificate at all (curl without --cert), each fail exactly the cases
 * they should, and nothing is left undecided.
 */
class ClientMtlsTeethTest {

  static List<CaseResult> run(Map<String, String> client) {
    Map<String, String> parameters = new LinkedHashMap<>(client);
    parameters.put(RunSettings.FIXTURES, ServerBench.FIXTURES.toString());
    parameters.put(RunSettings.ONLY, "C-MTLS");
    RunSettings settings = RunSettings.from(key -> Optional.ofNullable(parameters.get(key)));
    return new SuiteLauncher(new PrintStream(System.out, true, StandardCharsets.UTF_8)).execute(settings, Suites.CLIENT);
  }

  @Test
  void aClientThatLeaksItsCertificateFailsTheForeignAuthoritiesCase() {
    List<CaseResult> results = run(Map.of(RunSettings.CLIENT, "reference", RunSettings.FLAW, ClientFlaw.LEAKS_DEVICE_CERTIFICATE.name()));
    // JSSE judges the server's chain before it reads the CertificateRequest, so even this
    // client never reaches a rogue server's request: C-MTLS-03 passes, and the leak shows
    // where the server is genuine but names an unrelated CA.
    assertThat(ServerBench.ids(results, Outcome.FAIL))
        .withFailMessage(() -> "expected exactly C-MTLS-04 to fail:" + ServerBench.describe(results))
        .containsExactly("C-MTLS-04");
    assertThat(ServerBench.ids(results, Outcome.ERROR)).withFailMessage(() -> ServerBench.describe(results)).isEmpty();
  }

  @Test
  void curlWithoutADeviceCertificateFailsTheGenuineRequestCases() {
    LocalServer.requireExecutable("/usr/bin/curl", "curl");
    List<CaseResult> results = run(Map.of(RunSettings.CLIENT, "command", RunSettings.COMMAND, "curl -sf --max-time 5 --cacert {ca} {url}"));
    assertThat(ServerBench.ids(results, Outcome.FAIL))
        .withFailMessage(() -> "expected exactly C-MTLS-01 and C-MTLS-02 to fail:" + ServerBench.describe(results))
        .containsExactly("C-MTLS-01", "C-MTLS-02");
    assertThat(ServerBench.ids(results, Outcome.ERROR)).withFailMessage(() -> ServerBench.describe(results)).isEmpty();
  }

  @Test
  void curlWithItsDeviceCertificatePassesTheGenuineRequestCases() {
    LocalServer.requireExecutable("/usr/bin/curl", "curl");
    List<CaseResult> results = run(Map.of(RunSettings.CLIENT, "command",
        RunSettings.COMMAND, "curl -sf --max-time 5 --cacert {ca} --cert {cert} --key {key} {url}"));
    // Two real findings on curl (OpenSSL 3): it sends its certificate whatever authorities the
    // server names (C-MTLS-04), and it checks the host name only after the handshake, so a
    // vendor-signed server for another name receives the certificate first (C-MTLS-03).
    assertThat(ServerBench.ids(results, Outcome.FAIL)).withFailMessage(() -> ServerBench.describe(results))
        .containsExactly("C-MTLS-03", "C-MTLS-04");
    assertThat(results).filteredOn(r -> r.outcome() == Outcome.FAIL && r.id().equals("C-MTLS-03"))
        .withFailMessage(() -> ServerBench.describe(results))
        .extracting(CaseResult::title)
        .allMatch(title -> title.endsWith("(wrong-host)") || title.endsWith("(nul-byte-in-name)"));
    assertThat(ServerBench.ids(results, Outcome.PASS)).contains("C-MTLS-01", "C-MTLS-02");
    assertThat(ServerBench.ids(results, Outcome.ERROR)).withFailMessage(() -> ServerBench.describe(results)).isEmpty();
  }
}
