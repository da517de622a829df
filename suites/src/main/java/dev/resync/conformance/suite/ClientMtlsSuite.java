package dev.resync.conformance.suite;

import dev.resync.conformance.catalog.ClientMtlsCase;
import dev.resync.conformance.catalog.ClientMtlsCases;
import dev.resync.conformance.harness.ClientHarness;
import dev.resync.conformance.harness.ClientMtlsScenarios;
import dev.resync.conformance.harness.RunSettings;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** C-MTLS: the client authenticates with its device certificate to the genuine server, and to nobody else. */
@ClientSuite
@Tag("mtls")
@DisplayName("Client mutual authentication: the device certificate goes to the genuine server only")
public class ClientMtlsSuite {

  static Stream<ClientMtlsCase> mtlsCases(RunSettings settings) {
    return ClientMtlsCases.all().stream().filter(c -> settings.selects(c.requirement()));
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("mtlsCases")
  void clientPresentsItsCertificateOnlyToTheGenuineServer(ClientMtlsCase mtlsCase, ClientHarness harness, VerdictRecorder recorder) {
    recorder.check(ClientMtlsScenarios.run(harness, mtlsCase));
  }
}
