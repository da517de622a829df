package dev.resync.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.cli.SuiteLauncher;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.report.Summary;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 3's acceptance, on real clients: the reference client under both profiles, and curl
 * (Debian's OpenSSL 3, a TLS stack nobody here wrote) as it ships and deliberately broken.
 * Each run goes through the same launcher as the CLI, with the project's own fixtures store.
 */
class CipherProtocolAcceptanceTest {

  private static final Path FIXTURES = Path.of("target", "fixtures");
  private static final String CURL = "/usr/bin/curl";

  /** curl is part of the test bench (.ci/run installs it): its absence fails, it never skips. */
  @org.junit.jupiter.api.BeforeAll
  static void curlInstalled() {
    assertThat(Files.isExecutable(Path.of(CURL))).as("%s is needed (.ci/run installs curl)", CURL).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"legacy", "mpp-12"})
  void referenceClientPassesEveryCase(String profile) {
    List<CaseResult> results = run(Map.of(RunSettings.PROFILE, profile));
    assertThat(results).extracting(CaseResult::id).contains("C-CIPHER-01", "C-CIPHER-14", "C-PROTO-01", "C-PROTO-08");
    assertThat(results)
        .filteredOn(r -> r.outcome() != Outcome.PASS && r.outcome() != Outcome.NOT_APPLICABLE)
        .as("cases that did not pass under %s", profile)
        .isEmpty();
    assertThat(results).filteredOn(r -> r.id().startsWith("C-CIPHER") || r.id().startsWith("C-PROTO"))
        .filteredOn(r -> r.outcome() == Outcome.PASS).hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void curlLimitedToAes256PassesLegacyWithAnRc4Warning() {
    // Without a device identity: the mutual-authentication cases are another issue's business.
    List<CaseResult> results = run(command("-sf --tls-max 1.2 --ciphers AES256-SHA --cacert {ca} {url}"), WITHOUT_MTLS);
    assertThat(outcomes(results, Outcome.FAIL)).isEmpty();
    assertThat(outcomes(results, Outcome.ERROR)).isEmpty();
    assertThat(outcomes(results, Outcome.WARN)).containsExactly("C-CIPHER-07");
    assertThat(Summary.of(results).exitCode()).isZero();
  }

  @Test
  void curlWithItsDefaultCipherListAcceptsAes128UnderLegacy() {
    List<CaseResult> results = run(command("-sf --tls-max 1.2 --cacert {ca} {url}"), WITHOUT_MTLS);
    assertThat(outcomes(results, Outcome.FAIL)).containsExactlyInAnyOrder("C-CIPHER-09", "C-CIPHER-02");
    CaseResult aes128 = result(results, "C-CIPHER-09");
    assertThat(aes128.title()).contains("outside the profile's allowed set");
    assertThat(aes128.actual()).contains("TLS_RSA_WITH_AES_128_CBC_SHA");
    assertThat(Summary.of(results).exitCode()).isEqualTo(1);
  }

  @Test
  void curlOfferingNullFailsTheOfferRuleTheNullCaseAndTheNegotiationAudit() {
    List<CaseResult> results =
        run(command("-sf --tls-max 1.2 --ciphers 'AES256-SHA:NULL-SHA:@SECLEVEL=0' --cacert {ca} {url}"),
            Map.of(RunSettings.ONLY, "C-CIPHER"));
    assertThat(outcomes(results, Outcome.FAIL)).containsExactlyInAnyOrder("C-CIPHER-01", "C-CIPHER-02", "C-CIPHER-12");
    assertThat(result(results, "C-CIPHER-01").reason()).contains("TLS_RSA_WITH_NULL_SHA");
  }

  @Test
  void theNegotiationAuditShowsOfferedAndNegotiatedSuitesSideBySide() {
    List<CaseResult> results = run(Map.of(RunSettings.ONLY, "C-TRUST-01,C-CIPHER-02"));
    CaseResult audit = result(results, "C-CIPHER-02");
    assertThat(audit.outcome()).isEqualTo(Outcome.PASS);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) audit.evidence().get("completedHandshakes");
    assertThat(rows).isNotEmpty();
    assertThat(rows.get(0)).containsKeys("scenario", "offeredSuites", "negotiatedSuite", "offeredVersions", "negotiatedProtocol");
    assertThat(rows).extracting(row -> row.get("scenario")).contains("C-TRUST-01");
  }

  private static final Map<String, String> WITHOUT_MTLS = Map.of(RunSettings.ONLY, "C-TRUST,C-CIPHER,C-PROTO");

  private static Map<String, String> command(String curlArguments) {
    return Map.of(RunSettings.CLIENT, "command", RunSettings.COMMAND, CURL + " " + curlArguments);
  }

  @SafeVarargs
  private static List<CaseResult> run(Map<String, String>... parameterMaps) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put(RunSettings.FIXTURES, FIXTURES.toString());
    for (Map<String, String> map : parameterMaps) {
      parameters.putAll(map);
    }
    RunSettings settings = RunSettings.from(key -> Optional.ofNullable(parameters.get(key)));
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    return new SuiteLauncher(quiet).execute(settings, Suites.CLIENT);
  }

  private static List<String> outcomes(List<CaseResult> results, Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).map(CaseResult::id).collect(Collectors.toList());
  }

  private static CaseResult result(List<CaseResult> results, String id) {
    return results.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no result for " + id));
  }
}
