package dev.resync.conformance.suite;

import dev.resync.conformance.catalog.ClientProtocolCases;
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
 * C-PROTO-03 and up: against a server that speaks exactly one version, the client connects where
 * the profile allows it and refuses where it forbids it. The run-wide C-PROTO-01/02 are in
 * {@link ClientRunAuditSuite}.
 */
@ClientSuite
@Tag("protocol")
@Order(20)
@DisplayName("Client protocol versions: only those the firmware generation allows")
public class ClientProtocolSuite {

  static Stream<ProfiledCase> protocolCases(RunSettings settings) {
    return ClientProtocolCases.all().stream()
        .map(c -> new ProfiledCase(c, c.requirement(settings.profile())))
        .filter(c -> settings.selects(c.requirement()));
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("protocolCases")
  void clientSpeaksOnlyAllowedVersions(ProfiledCase profiledCase, ClientHarness harness, VerdictRecorder recorder) {
    recorder.check(new OfferCaseRunner(harness).run(profiledCase.offerCase()));
  }
}
