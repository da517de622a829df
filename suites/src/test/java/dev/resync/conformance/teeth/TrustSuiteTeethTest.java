package dev.resync.conformance.teeth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.client.ClientFlaw;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.suite.ClientTrustSuite;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The trust suite has teeth: run against a deliberately broken reference client, exactly the
 * requirements that client breaks fail, and nothing is undecided.
 */
class TrustSuiteTeethTest {

  static Stream<Arguments> flaws() {
    return Stream.of(
        Arguments.of(ClientFlaw.TRUST_ALL, Set.of(
            "C-TRUST-02", "C-TRUST-03", "C-TRUST-04", "C-TRUST-05", "C-TRUST-06", "C-TRUST-07", "C-TRUST-08",
            "C-TRUST-09", "C-TRUST-10", "C-TRUST-11", "C-TRUST-12", "C-TRUST-13", "C-TRUST-14", "C-TRUST-15",
            "C-TRUST-16")),
        Arguments.of(ClientFlaw.NO_HOSTNAME_CHECK, Set.of("C-TRUST-07", "C-TRUST-12")),
        Arguments.of(ClientFlaw.ACCEPT_EXPIRED, Set.of("C-TRUST-03", "C-TRUST-04", "C-TRUST-09")),
        Arguments.of(ClientFlaw.TRUSTS_DEVICE_ROOT, Set.of("C-TRUST-15")));
  }

  @ParameterizedTest(name = "reference client that {0}: exactly {1} fail")
  @MethodSource("flaws")
  void brokenReferenceClientFailsExactlyItsRequirements(ClientFlaw flaw, Set<String> expectedFailures) {
    List<CaseResult> results = SuiteRuns.run(List.of(ClientTrustSuite.class), Map.of(
        RunSettings.CLIENT, "reference", RunSettings.FLAW, flaw.name()));

    assertThat(SuiteRuns.ids(results, Outcome.FAIL))
        .as("FAILs of a reference client that %s:%s", flaw.description(), SuiteRuns.describe(results))
        .isEqualTo(expectedFailures);
    assertThat(SuiteRuns.ids(results, Outcome.ERROR)).as("undecided cases:%s", SuiteRuns.describe(results)).isEmpty();
    assertThat(SuiteRuns.ids(results, Outcome.PASS)).contains("C-TRUST-01");
  }

  @Test
  @DisplayName("under mpp-12, SHA-1 and 1024-bit certificates become MUST-reject cases, and the reference client rejects them")
  void mpp12MakesSha1AndSmallKeysRogue() {
    List<CaseResult> results = SuiteRuns.run(List.of(ClientTrustSuite.class), Map.of(
        RunSettings.CLIENT, "reference", RunSettings.PROFILE, "mpp-12"));

    assertThat(SuiteRuns.ids(results, Outcome.PASS)).as(SuiteRuns.describe(results)).contains("C-TRUST-18", "C-TRUST-19");
    assertThat(results).as(SuiteRuns.describe(results)).allMatch(r -> r.outcome() == Outcome.PASS);
  }

  @Test
  @DisplayName("curl given the device root instead of the provisioning root fails the genuine case and the device-root-signed one")
  void clientWithTheWrongTrustAnchorFailsTheGenuineCase() {
    // curl trusting the device chain (device root included) instead of the provisioning root:
    // it rejects the genuine server, and accepts the one rogue server the device root signed.
    List<CaseResult> results = SuiteRuns.run(List.of(ClientTrustSuite.class), Map.of(
        RunSettings.CLIENT, "command",
        RunSettings.COMMAND, "curl -sf --cacert {cert} {url}"));

    assertThat(SuiteRuns.ids(results, Outcome.FAIL)).as(SuiteRuns.describe(results)).containsExactly("C-TRUST-01", "C-TRUST-15");
  }

  @Test
  @DisplayName("a client that never connects gets ERROR everywhere, never PASS")
  void clientThatNeverConnectsIsUndecided() {
    List<CaseResult> results = SuiteRuns.run(List.of(ClientTrustSuite.class), Map.of(
        RunSettings.CLIENT, "command", RunSettings.COMMAND, "true"));

    assertThat(SuiteRuns.ids(results, Outcome.PASS)).as(SuiteRuns.describe(results)).isEmpty();
    assertThat(SuiteRuns.ids(results, Outcome.ERROR)).hasSize(17);
    assertThat(results).filteredOn(r -> r.outcome() == Outcome.ERROR)
        .allSatisfy(r -> assertThat(r.reason()).contains("never connected"));
  }
}
