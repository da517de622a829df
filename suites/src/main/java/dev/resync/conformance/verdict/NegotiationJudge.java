package dev.resync.conformance.verdict;

import dev.resync.conformance.catalog.NegotiationCase;
import dev.resync.conformance.catalog.NegotiationCase.Kind;
import dev.resync.conformance.probe.ProbeResult;
import dev.resync.conformance.report.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Decides S-CIPHER and S-PROTO probes: offered only one suite (or version), the server completes
 * the handshake on it or refuses. A probe that could not connect or got no answer is an ERROR; so
 * is a refusal from a server that completes no handshake at all, not even the control probe's
 * (the genuine device offering every suite and version): refusing everything shows nothing.
 */
public final class NegotiationJudge {

  private NegotiationJudge() {}

  /**
   * @param control the genuine device's probe offering everything, asked for only when this
   *     probe was refused
   */
  public static Verdict judge(NegotiationCase negotiation, ProbeResult probe, Supplier<ProbeResult> control) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("offered", negotiation.offer());
    evidence.put("probe", ProbeEvidence.of(probe));
    String what = (negotiation.kind() == Kind.SUITE ? "suite " : "version ") + negotiation.subject();
    String expected = negotiation.mustAccept() ? "completes a handshake on " + what : "refuses a handshake on " + what;
    if (!probe.connected()) {
      return Verdict.error("could not connect to the server: " + probe.connectFailure(), expected, evidence);
    }
    if (probe.tlsFailure() != null && probe.tlsFailure().contains("SocketTimeoutException")) {
      return Verdict.error("the server did not answer the handshake within the timeout: " + probe.tlsFailure(), expected, evidence);
    }
    Outcome broken = Outcomes.broken(negotiation.requirement().level());
    if (probe.handshakeCompleted()) {
      String actual = "handshake completed (" + probe.protocol() + ", " + probe.cipherSuite() + ")";
      return negotiation.mustAccept()
          ? new Verdict(Outcome.PASS, "accepted " + what, expected, actual, evidence)
          : new Verdict(broken, "accepted the forbidden " + what, expected, actual, evidence);
    }
    String actual = "handshake refused: " + (probe.alert() != null ? "alert " + probe.alert() : probe.tlsFailure());
    if (!negotiation.mustAccept() && !control.get().handshakeCompleted()) {
      return Verdict.error("the server completes no handshake even when offered every suite and version ("
          + control.get().summary() + "), so refusing " + what + " shows nothing: " + actual, expected, evidence);
    }
    return negotiation.mustAccept()
        ? new Verdict(broken, "refused the " + (negotiation.requirement().level().name().equals("MUST") ? "required " : "recommended ") + what + " (" + actual + ")",
            expected, actual, evidence)
        : new Verdict(Outcome.PASS, "refused " + what, expected, actual, evidence);
  }
}
