package dev.resync.conformance.suite;

import dev.resync.conformance.catalog.ClientTrustCases;
import dev.resync.conformance.catalog.TrustCase;
import dev.resync.conformance.harness.ClientHarness;
import dev.resync.conformance.harness.RunSettings;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** C-TRUST: the client under test accepts the genuine provisioning server and no rogue one. */
@ClientSuite
@Tag("trust")
@DisplayName("Client trust: accepts only servers whose certificate the provisioning root signed")
public class ClientTrustSuite {

  static Stream<TrustCase> trustCases(RunSettings settings) {
    return ClientTrustCases.all().stream().filter(c -> settings.selects(c.requirement()));
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("trustCases")
  void clientAcceptsOnlyTheGenuineServer(TrustCase trustCase, ClientHarness harness, VerdictRecorder recorder) {
    recorder.check(harness.run(trustCase));
  }
}
