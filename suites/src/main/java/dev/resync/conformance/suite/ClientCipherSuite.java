package dev.resync.conformance.suite;

import dev.resync.conformance.catalog.ClientCipherCases;
import dev.resync.conformance.harness.ClientHarness;
import dev.resync.conformance.harness.OfferCaseRunner;
import dev.resync.conformance.harness.RunSettings;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * C-CIPHER-03 and up: against a server offering exactly one suite, the client completes the
 * handshake where the profile requires the suite and refuses where it forbids it. The run-wide
 * C-CIPHER-01/02 are in {@link ClientRunAuditSuite}.
 */
@ClientSuite
@Tag("cipher")
@Order(10)
@DisplayName("Client cipher suites: AES-256, or RC4-128 where the profile allows it, and nothing weaker")
public class ClientCipherSuite {

  static Stream<ProfiledCase> cipherCases(RunSettings settings) {
    return ClientCipherCases.all().stream()
        .map(c -> new ProfiledCase(c, c.requirement(settings.profile())))
        .filter(c -> settings.selects(c.requirement()));
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("cipherCases")
  void clientNegotiatesOnlyAllowedSuites(ProfiledCase profiledCase, ClientHarness harness, VerdictRecorder recorder) {
    recorder.check(new OfferCaseRunner(harness).run(profiledCase.offerCase()));
  }
}
