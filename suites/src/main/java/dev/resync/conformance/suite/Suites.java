package dev.resync.conformance.suite;

import dev.resync.conformance.harness.RunSettings;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** The suite classes, by direction: what the CLI runs and what {@code mvn verify} runs. */
public final class Suites {

  /** Client conformance: the client under test against scenario servers. */
  public static final List<Class<?>> CLIENT = List.of(
      ClientTrustSuite.class, ClientMtlsSuite.class, ClientCipherSuite.class, ClientProtocolSuite.class,
      ClientRunAuditSuite.class);

  /** Server certification: probes against the server under test. */
  public static final List<Class<?>> SERVER = List.of(ServerChainSuite.class, ServerNegotiationSuite.class, ServerMtlsSuite.class);

  /** Each suite's cases, as its {@code @MethodSource} factories select them. */
  private static final Map<Class<?>, Function<RunSettings, Stream<?>>> CASES = Map.of(
      ClientTrustSuite.class, ClientTrustSuite::trustCases,
      ClientMtlsSuite.class, ClientMtlsSuite::mtlsCases,
      ClientCipherSuite.class, ClientCipherSuite::cipherCases,
      ClientProtocolSuite.class, ClientProtocolSuite::protocolCases,
      ClientRunAuditSuite.class, ClientRunAuditSuite::runRules,
      ServerChainSuite.class, ServerChainSuite::chainCases,
      ServerNegotiationSuite.class, ServerNegotiationSuite::negotiationCases,
      ServerMtlsSuite.class, s -> Stream.concat(ServerMtlsSuite.mtlsCases(s), ServerMtlsSuite.filterCases(s)));

  private Suites() {}

  public static List<Class<?>> all() {
    return Stream.concat(CLIENT.stream(), SERVER.stream()).toList();
  }

  /** How many cases these suites run under these settings: what a run's time bound counts. */
  public static int caseCount(RunSettings settings, List<Class<?>> suites) {
    long count = 0;
    for (Class<?> suite : suites) {
      Function<RunSettings, Stream<?>> cases = CASES.get(suite);
      if (cases == null) {
        throw new IllegalArgumentException("no case factory registered for " + suite.getName());
      }
      count += cases.apply(settings).count();
    }
    return Math.toIntExact(count);
  }
}
