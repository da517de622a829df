package dev.resync.conformance.suite;

import dev.resync.conformance.catalog.AccessCase;
import dev.resync.conformance.catalog.ServerFilterCases;
import dev.resync.conformance.catalog.ServerMtlsCases;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.harness.ServerHarness;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** S-MTLS and S-FILTER: a valid device certificate is required, and each profile goes to its own device only. */
@ServerSuite
@Tag("access")
@DisplayName("Server access: valid device certificate required, each profile to its own device")
public class ServerMtlsSuite {

  static Stream<AccessCase> mtlsCases(RunSettings settings) {
    return ServerMtlsCases.all().stream().filter(c -> settings.selects(c.requirement()));
  }

  static Stream<AccessCase> filterCases(RunSettings settings) {
    return ServerFilterCases.all().stream().filter(c -> settings.selects(c.requirement()));
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("mtlsCases")
  void serverRequiresAValidDeviceCertificate(AccessCase access, ServerHarness harness, VerdictRecorder recorder) {
    recorder.check(harness.run(access));
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("filterCases")
  void serverServesEachProfileToItsOwnDevice(AccessCase access, ServerHarness harness, VerdictRecorder recorder) {
    recorder.check(harness.run(access));
  }
}
