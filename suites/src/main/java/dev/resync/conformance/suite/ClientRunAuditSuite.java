package dev.resync.conformance.suite;

import dev.resync.conformance.catalog.ClientCipherCases;
import dev.resync.conformance.catalog.ClientProtocolCases;
import dev.resync.conformance.catalog.Requirement;
import dev.resync.conformance.harness.ClientHarness;
import dev.resync.conformance.harness.RunAuditor;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.verdict.RunAuditJudge;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * C-CIPHER-01/02 and C-PROTO-01/02: what every ClientHello of the run offered and what every
 * completed handshake negotiated, trust scenarios included. Ordered last (see
 * {@code junit-platform.properties}: classes run by {@link Order}), so that it sees them all.
 */
@ClientSuite
@Tag("cipher")
@Tag("protocol")
@Order(Integer.MAX_VALUE)
@DisplayName("Client offers and negotiations over the whole run")
public class ClientRunAuditSuite {

  static Stream<Arguments> runRules(RunSettings settings) {
    return Stream.of(
            Arguments.of(ClientCipherCases.offerRule(settings.profile()), RunAuditJudge.Rule.SUITES_OFFERED),
            Arguments.of(ClientCipherCases.negotiatedRule(settings.profile()), RunAuditJudge.Rule.SUITES_NEGOTIATED),
            Arguments.of(ClientProtocolCases.offerRule(settings.profile()), RunAuditJudge.Rule.VERSIONS_OFFERED),
            Arguments.of(ClientProtocolCases.negotiatedRule(settings.profile()), RunAuditJudge.Rule.VERSIONS_NEGOTIATED))
        .filter(arguments -> settings.selects((Requirement) arguments.get()[0]));
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("runRules")
  void clientOffersAndNegotiatesOnlyWhatTheProfileAllows(
      Requirement requirement, RunAuditJudge.Rule rule, ClientHarness harness, VerdictRecorder recorder) {
    recorder.check(new RunAuditor(harness).run(requirement, rule));
  }
}
