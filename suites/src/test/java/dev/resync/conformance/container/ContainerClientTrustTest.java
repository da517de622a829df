package dev.resync.conformance.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.docker.DockerGate;
import dev.resync.conformance.docker.RequiresDocker;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.suite.ClientTrustSuite;
import dev.resync.conformance.teeth.SuiteRuns;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Real TLS clients in the peer image, as clients under test through {@code --image}: OpenSSL 3
 * (curl) and GnuTLS (gnutls-cli, wget), each once with the provisioning root (must pass every
 * C-TRUST case) and once with verification off (must fail every rogue case the TLS library does
 * not refuse by itself). Each run prints its timings: container start to first verdict, the
 * typical case, the whole run.
 */
@RequiresDocker
class ContainerClientTrustTest {

  /** Sends a real HTTP request; gnutls-cli exits non-zero when the server's chain does not verify. */
  static final String GNUTLS_CLI =
      "printf 'GET /profile/{mac}.xml HTTP/1.0\\r\\nHost: {host}\\r\\n\\r\\n' | gnutls-cli --x509cafile {ca} -p {port} {host}";

  @Test
  void curlWithTheProvisioningRootPassesEveryTrustCase() {
    List<CaseResult> results = run("curl -sf --cacert {ca} {url}");

    assertThat(results).as(SuiteRuns.describe(results))
        .allMatch(r -> r.outcome() == Outcome.PASS || r.outcome() == Outcome.NOT_APPLICABLE, "PASS or N/A");
    assertThat(SuiteRuns.ids(results, Outcome.PASS)).as(SuiteRuns.describe(results)).hasSize(17);
  }

  @Test
  void curlInsecureFailsEveryRogueCaseOpenSslDoesNotRefuseByItself() {
    List<CaseResult> results = run("curl -skf {url}");

    assertThat(SuiteRuns.ids(results, Outcome.FAIL)).as(SuiteRuns.describe(results)).isEqualTo(rogue(2, 16));
    // C-TRUST-17, the stolen certificate: no key to match it, so the handshake cannot complete
    // whatever the client trusts; OpenSSL aborts after the Certificate by itself.
    assertThat(SuiteRuns.ids(results, Outcome.PASS)).as(SuiteRuns.describe(results)).containsExactly("C-TRUST-01", "C-TRUST-17");
  }

  @Test
  void gnutlsCliWithTheProvisioningRootPassesEveryTrustCase() {
    List<CaseResult> results = run(GNUTLS_CLI);

    assertThat(results).as(SuiteRuns.describe(results))
        .allMatch(r -> r.outcome() == Outcome.PASS || r.outcome() == Outcome.NOT_APPLICABLE, "PASS or N/A");
    assertThat(SuiteRuns.ids(results, Outcome.PASS)).as(SuiteRuns.describe(results)).hasSize(17);
  }

  @Test
  void wgetWithoutCertificateCheckFailsEveryRogueCaseGnuTlsDoesNotRefuseByItself() {
    List<CaseResult> results = run("wget --no-check-certificate -O - {url}");

    assertThat(SuiteRuns.ids(results, Outcome.FAIL)).as(SuiteRuns.describe(results)).isEqualTo(rogue(2, 16));
    // GnuTLS refuses C-TRUST-17 by itself too: with the certificate unchecked it still verifies
    // the server's handshake signature, which a server without the certificate's key cannot make
    // ("Public key signature verification has failed", alert decrypt_error). Everything else,
    // MD5 and the device certificate included, it accepts once the check is off.
    assertThat(SuiteRuns.ids(results, Outcome.PASS)).as(SuiteRuns.describe(results)).containsExactly("C-TRUST-01", "C-TRUST-17");
  }

  private static List<CaseResult> run(String template) {
    long start = System.nanoTime();
    List<CaseResult> results = SuiteRuns.run(List.of(ClientTrustSuite.class), Map.of(
        RunSettings.CLIENT, "container",
        RunSettings.IMAGE, DockerGate.peerImage(),
        RunSettings.COMMAND, template));
    long total = (System.nanoTime() - start) / 1_000_000;
    List<Long> rest = results.stream().skip(1).map(CaseResult::durationMs).sorted().toList();
    System.out.printf("[timing] %s in %s: %d cases in %d ms; first verdict (container start included) %d ms;"
            + " other cases median %d ms, max %d ms%n",
        template, DockerGate.peerImage(), results.size(), total,
        results.isEmpty() ? -1 : results.get(0).durationMs(),
        rest.isEmpty() ? -1 : rest.get(rest.size() / 2), rest.isEmpty() ? -1 : rest.get(rest.size() - 1));
    return results;
  }

  private static Set<String> rogue(int from, int to) {
    Set<String> ids = new TreeSet<>();
    for (int i = from; i <= to; i++) {
      ids.add(String.format("C-TRUST-%02d", i));
    }
    return ids;
  }
}
