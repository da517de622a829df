package dev.resync.conformance.suite;

import dev.resync.conformance.catalog.ChainCase;
import dev.resync.conformance.catalog.ServerChainCases;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.harness.ServerHarness;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** S-CHAIN: the server presents a vendor-signed chain a phone accepts. */
@ServerSuite
@Tag("chain")
@DisplayName("Server chain: vendor-signed, for this host, valid, within the profile, complete")
public class ServerChainSuite {

  static Stream<ChainCase> chainCases(RunSettings settings) {
    return ServerChainCases.all().stream().filter(c -> settings.selects(c.requirement()));
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("chainCases")
  void serverPresentsAnAcceptableChain(ChainCase chainCase, ServerHarness harness, VerdictRecorder recorder) {
    recorder.check(harness.run(chainCase));
  }
}
