package dev.resync.conformance.suite;

import dev.resync.conformance.catalog.NegotiationCase;
import dev.resync.conformance.catalog.ServerNegotiationCases;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.harness.ServerHarness;
import dev.resync.conformance.probe.TlsProbe;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** S-CIPHER and S-PROTO: one probe per suite and version the profile requires or forbids. */
@ServerSuite
@Tag("negotiation")
@DisplayName("Server suites and versions: speaks what the phones need, refuses what the profile forbids")
public class ServerNegotiationSuite {

  static Stream<NegotiationCase> negotiationCases(RunSettings settings) {
    return ServerNegotiationCases.of(settings.profile(), TlsProbe.supportedSuites(), TlsProbe.supportedProtocols()).stream()
        .filter(c -> settings.selects(c.requirement()));
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("negotiationCases")
  void serverNegotiatesAsTheProfileSays(NegotiationCase negotiation, ServerHarness harness, VerdictRecorder recorder) {
    recorder.check(harness.run(negotiation));
  }
}
