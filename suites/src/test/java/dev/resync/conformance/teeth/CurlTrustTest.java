package dev.resync.conformance.teeth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.suite.ClientTrustSuite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A TLS stack nobody here wrote (curl on OpenSSL 3) as the client under test, from the README's
 * own commands.
 */
class CurlTrustTest {

  @BeforeAll
  static void curlIsInstalled() {
    assertThat(Path.of("/usr/bin/curl")).as("curl is needed (.ci/run installs it)").satisfies(p -> assertThat(Files.isExecutable(p)).isTrue());
  }

  @Test
  void curlWithTheProvisioningRootPassesEveryTrustCase() {
    List<CaseResult> results = SuiteRuns.run(List.of(ClientTrustSuite.class), Map.of(
        RunSettings.CLIENT, "command", RunSettings.COMMAND, "curl -sf --cacert {ca} {url}"));

    assertThat(results).as(SuiteRuns.describe(results))
        .allMatch(r -> r.outcome() == Outcome.PASS || r.outcome() == Outcome.NOT_APPLICABLE);
    assertThat(SuiteRuns.ids(results, Outcome.PASS)).hasSize(17);
  }

  @Test
  void curlInsecureFailsEveryRogueCaseItsTlsLibraryDoesNotRefuseByItself() {
    List<CaseResult> results = SuiteRuns.run(List.of(ClientTrustSuite.class), Map.of(
        RunSettings.CLIENT, "command", RunSettings.COMMAND, "curl -skf {url}"));

    Set<String> rogue = new TreeSet<>();
    for (int i = 2; i <= 16; i++) {
      rogue.add(String.format("C-TRUST-%02d", i));
    }
    assertThat(SuiteRuns.ids(results, Outcome.FAIL)).as(SuiteRuns.describe(results)).isEqualTo(rogue);
    // The stolen certificate cannot complete a handshake whatever the client trusts: OpenSSL
    // refuses it by itself, and the evidence shows the handshake dying after the Certificate.
    CaseResult stolen = results.stream().filter(r -> r.id().equals("C-TRUST-17")).findFirst().orElseThrow();
    assertThat(stolen.outcome()).isEqualTo(Outcome.PASS);
    assertThat(stolen.actual()).contains("rejected after the server's Certificate");
    assertThat(SuiteRuns.ids(results, Outcome.PASS)).contains("C-TRUST-01");
  }
}
