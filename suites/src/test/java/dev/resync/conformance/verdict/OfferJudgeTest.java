package dev.resync.conformance.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.catalog.ClientCipherCases;
import dev.resync.conformance.catalog.CipherCase;
import dev.resync.conformance.catalog.Expectation;
import dev.resync.conformance.client.ClientRun;
import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.profile.ProfileLoader;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.server.ConnectionRecord;
import dev.resync.conformance.tls.ClientHello;
import dev.resync.conformance.tls.CipherSuites;
import dev.resync.conformance.tls.TlsTranscript;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The judge's distinctions on made-up observations: a client that refused (did not offer, or
 * aborted after the server chose) against a harness that could not serve (the client offered,
 * the server never chose). Only the first is evidence.
 */
class OfferJudgeTest {

  private static final Profile LEGACY = ProfileLoader.load("legacy");
  private static final ClientRun RUN = new ClientRun(false, 35, false, null, "curl: (35)", 10);

  @Test
  void notOfferingAnOutsideSuiteIsARefusal() {
    CipherCase aes128 = byId("C-CIPHER-09");
    Verdict verdict = judge(aes128, record(hello("TLS_RSA_WITH_AES_256_CBC_SHA"), 0, "no cipher suites in common"));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    assertThat(verdict.reason()).contains("did not offer");
  }

  @Test
  void offeredButNeverChosenIsTheHarnessFailingNotARefusal() {
    CipherCase aes128 = byId("C-CIPHER-09");
    Verdict verdict = judge(aes128, record(hello("TLS_RSA_WITH_AES_128_CBC_SHA"), 0, "SSLHandshakeException: boom"));
    assertThat(verdict.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(verdict.reason()).startsWith("the harness could not serve").contains("boom");
  }

  @Test
  void abortingAfterTheServerChoseIsARefusal() {
    CipherCase aes128 = byId("C-CIPHER-09");
    Verdict verdict = judge(aes128, record(hello("TLS_RSA_WITH_AES_128_CBC_SHA"), 0x0303, "Received fatal alert: handshake_failure"));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    assertThat(verdict.reason()).contains("refused once the server chose");
  }

  @Test
  void offeringAForbiddenSuiteFailsEvenWhenTheHarnessCannotServeIt() {
    CipherCase export = byId("C-CIPHER-14");
    Verdict verdict = judge(export, record(hello("TLS_RSA_WITH_AES_256_CBC_SHA", "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA"), 0x0303, "bad_certificate"));
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(verdict.reason()).contains("EXPORT").contains("JSSE cannot");
  }

  @Test
  void notOfferingARecommendedSuiteIsAWarning() {
    CipherCase rc4 = byId("C-CIPHER-07");
    Verdict verdict = judge(rc4, record(hello("TLS_RSA_WITH_AES_256_CBC_SHA"), 0, "no cipher suites in common"));
    assertThat(verdict.outcome()).isEqualTo(Outcome.WARN);
  }

  @Test
  void noConnectionIsAnErrorNeverARefusal() {
    CipherCase nullSuite = byId("C-CIPHER-12");
    Verdict verdict = OfferJudge.judge(nullSuite, nullSuite.expectation(LEGACY), List.of(), RUN, Map.of());
    assertThat(verdict.outcome()).isEqualTo(Outcome.ERROR);
  }

  private static Verdict judge(CipherCase c, ConnectionRecord record) {
    Expectation expectation = c.expectation(LEGACY);
    return OfferJudge.judge(c, expectation, List.of(record), RUN, Map.of());
  }

  private static ClientHello hello(String... suites) {
    List<Integer> codes = java.util.Arrays.stream(suites).map(s -> CipherSuites.code(s).orElseThrow()).toList();
    return new ClientHello("TLS", 0x0303, List.of(), codes, List.of(0), "localhost");
  }

  private static ConnectionRecord record(ClientHello hello, int serverVersion, String failure) {
    List<String> serverMessages = serverVersion == 0 ? List.of() : List.of("ServerHello", "Certificate", "ServerHelloDone");
    TlsTranscript transcript =
        new TlsTranscript(hello, null, serverMessages, serverVersion, serverVersion != 0, null, false, serverVersion != 0, 200, serverVersion == 0 ? 7 : 2000);
    return new ConnectionRecord(1, Instant.now(), 5, transcript, false, null, null, List.of(), failure, null, null, 0);
  }

  private static CipherCase byId(String id) {
    return ClientCipherCases.all().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }
}
