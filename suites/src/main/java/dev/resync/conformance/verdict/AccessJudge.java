package dev.resync.conformance.verdict;

import dev.resync.conformance.catalog.AccessCase;
import dev.resync.conformance.probe.ProbeResult;
import dev.resync.conformance.report.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decides S-MTLS and S-FILTER cases from one probe. Refused means: the TLS layer refused
 * (an alert or a close, during the handshake or, with TLS 1.3, right after it, since a TLS 1.3
 * server checks the client's certificate after the client has finished), or an HTTP 4xx whose
 * body holds no profile. A profile in the body is a FAIL whatever the status. No connection, or
 * a server that never answered, or one whose handshake ended before it presented its own
 * certificate (it closed, reset, sent something else), is an ERROR: nothing was refused.
 */
public final class AccessJudge {

  private AccessJudge() {}

  public static Verdict judge(AccessCase access, ProbeResult probe, Map<String, Object> context) {
    Map<String, Object> evidence = new LinkedHashMap<>(context);
    evidence.put("probe", ProbeEvidence.of(probe));
    String expected = access.shouldServe()
        ? "HTTP 200 with the device's <flat-profile>"
        : "refused: at the TLS layer, or HTTP 4xx without a profile";
    String actual = probe.summary();
    if (!probe.connected()) {
      return Verdict.error("could not connect to the server: " + probe.connectFailure(), expected, evidence);
    }
    if (timedOut(probe)) {
      return Verdict.error("the server did not answer within the timeout; nothing was refused or served: " + probe.tlsFailure(),
          expected, evidence);
    }
    if (!probe.handshakeCompleted() && probe.serverChain().isEmpty()) {
      return Verdict.error("the handshake ended before the server presented its certificate, so it never judged the client's: "
          + tlsWords(probe), expected, evidence);
    }
    Outcome broken = Outcomes.broken(access.requirement().level());
    if (access.shouldServe()) {
      return probe.httpStatus() == 200 && probe.bodyHasProfile()
          ? new Verdict(Outcome.PASS, "the genuine device got its profile", expected, actual, evidence)
          : new Verdict(broken, "the genuine device did not get its profile: " + actual, expected, actual, evidence);
    }
    if (probe.bodyHasProfile()) {
      return new Verdict(broken, "served a profile (HTTP " + probe.httpStatus() + ") to " + who(access), expected, actual, evidence);
    }
    if (!probe.handshakeCompleted()) {
      return new Verdict(Outcome.PASS, "refused during the handshake: " + tlsWords(probe), expected, actual, evidence);
    }
    if (probe.httpStatus() == 0) {
      return new Verdict(Outcome.PASS,
          "refused at the TLS layer right after the handshake, before any HTTP answer: " + tlsWords(probe), expected, actual, evidence);
    }
    if (probe.httpStatus() >= 400 && probe.httpStatus() < 500) {
      String note = probe.httpStatus() == 404 && access.otherDevice()
          ? " (a 404 cannot tell a filter from a missing profile; the evidence shows which)" : "";
      return new Verdict(Outcome.PASS, "refused with HTTP " + probe.httpStatus() + " and no profile" + note, expected, actual, evidence);
    }
    return new Verdict(broken, "answered HTTP " + probe.httpStatus() + " to " + who(access) + " instead of refusing: " + actual,
        expected, actual, evidence);
  }

  private static boolean timedOut(ProbeResult probe) {
    return probe.tlsFailure() != null && probe.tlsFailure().contains("SocketTimeoutException");
  }

  private static String tlsWords(ProbeResult probe) {
    if (probe.alert() != null) {
      return "alert " + probe.alert();
    }
    return probe.tlsFailure() == null ? "connection closed" : probe.tlsFailure();
  }

  private static String who(AccessCase access) {
    return switch (access.presenting()) {
      case GENUINE -> "the genuine device asking for another device's profile";
      case NONE -> "a client without a certificate";
      case ROGUE -> "a client with the rogue certificate '" + access.recipe().slug() + "'";
    };
  }
}
