package dev.resync.conformance.suite;

import java.util.List;

/** The suite classes, by direction: what the CLI runs and what {@code mvn verify} runs. */
public final class Suites {

  /** Client conformance: the client under test against scenario servers. */
  public static final List<Class<?>> CLIENT = List.of(
      ClientTrustSuite.class, ClientMtlsSuite.class, ClientCipherSuite.class, ClientProtocolSuite.class,
      ClientRunAuditSuite.class);

  /** Server certification: probes against the server under test. */
  public static final List<Class<?>> SERVER = List.of(ServerChainSuite.class, ServerNegotiationSuite.class, ServerMtlsSuite.class);

  private Suites() {}

  public static List<Class<?>> all() {
    return java.util.stream.Stream.concat(CLIENT.stream(), SERVER.stream()).toList();
  }
}
