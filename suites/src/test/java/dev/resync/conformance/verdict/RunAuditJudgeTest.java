package dev.resync.conformance.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.profile.ProfileLoader;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.server.ConnectionRecord;
import dev.resync.conformance.tls.ClientHello;
import dev.resync.conformance.tls.CipherSuites;
import dev.resync.conformance.tls.TlsTranscript;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run-wide rules on made-up runs: offers counted outright, levels taken from the profile. */
class RunAuditJudgeTest {

  private static final Profile LEGACY = ProfileLoader.load("legacy");

  @Test
  void aForbiddenSuiteInAnyHelloFailsTheOfferRule() {
    ClientHello hello = hello(List.of(), 0x0303, "TLS_RSA_WITH_AES_256_CBC_SHA", "TLS_RSA_WITH_NULL_SHA");
    Verdict verdict = RunAuditJudge.judge(RunAuditJudge.Rule.SUITES_OFFERED, LEGACY,
        List.of(new ConnectionLog.Entry("C-TRUST-01", failed(hello))), Map.of());
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(verdict.reason()).contains("TLS_RSA_WITH_NULL_SHA");
  }

  @Test
  void versionsBelowTheHighestAreNotAnOfferWithoutSupportedVersions() {
    ClientHello hello = hello(List.of(), 0x0303, "TLS_RSA_WITH_AES_256_CBC_SHA");
    Verdict verdict = RunAuditJudge.judge(RunAuditJudge.Rule.VERSIONS_OFFERED, LEGACY,
        List.of(new ConnectionLog.Entry("C-TRUST-01", failed(hello))), Map.of());
    assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void sslv3InSupportedVersionsFailsTheOfferRule() {
    ClientHello hello = hello(List.of(0x0303, 0x0300), 0x0303, "TLS_RSA_WITH_AES_256_CBC_SHA");
    Verdict verdict = RunAuditJudge.judge(RunAuditJudge.Rule.VERSIONS_OFFERED, LEGACY,
        List.of(new ConnectionLog.Entry("C-TRUST-01", failed(hello))), Map.of());
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void tls13UnderLegacyIsAWarningBecauseTheProfileSaysSo() {
    ClientHello hello = hello(List.of(0x0304, 0x0303), 0x0303, "TLS_AES_256_GCM_SHA384");
    List<ConnectionLog.Entry> run = List.of(new ConnectionLog.Entry("C-TRUST-01", completed(hello, "TLSv1.3", "TLS_AES_256_GCM_SHA384")));
    assertThat(RunAuditJudge.judge(RunAuditJudge.Rule.VERSIONS_NEGOTIATED, LEGACY, run, Map.of()).outcome())
        .isEqualTo(Outcome.WARN);
    assertThat(RunAuditJudge.judge(RunAuditJudge.Rule.SUITES_NEGOTIATED, LEGACY, run, Map.of()).outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void aHandshakeOnAes128FailsTheNegotiationRuleAndNamesTheScenario() {
    ClientHello hello = hello(List.of(), 0x0303, "TLS_RSA_WITH_AES_128_CBC_SHA");
    Verdict verdict = RunAuditJudge.judge(RunAuditJudge.Rule.SUITES_NEGOTIATED, LEGACY,
        List.of(new ConnectionLog.Entry("C-CIPHER-09", completed(hello, "TLSv1.2", "TLS_RSA_WITH_AES_128_CBC_SHA"))), Map.of());
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(verdict.reason()).contains("C-CIPHER-09: TLS_RSA_WITH_AES_128_CBC_SHA");
  }

  private static ClientHello hello(List<Integer> versions, int legacy, String... suites) {
    List<Integer> codes = Arrays.stream(suites).map(s -> CipherSuites.code(s).orElseThrow()).toList();
    return new ClientHello("TLS", legacy, versions, codes, List.of(), "localhost");
  }

  private static ConnectionRecord failed(ClientHello hello) {
    TlsTranscript wire = new TlsTranscript(hello, null, List.of(), 0, false, null, false, false, 200, 7);
    return new ConnectionRecord(1, Instant.now(), 3, wire, false, null, null, List.of(), "no cipher suites in common", null, null, 0);
  }

  private static ConnectionRecord completed(ClientHello hello, String protocol, String suite) {
    TlsTranscript wire = new TlsTranscript(hello, null, List.of("ServerHello"), 0x0303, true, null, false, true, 500, 2000);
    return new ConnectionRecord(1, Instant.now(), 3, wire, true, protocol, suite, List.of(), null, null, "GET /profile/x.xml HTTP/1.1", 200);
  }
}
