package dev.resync.conformance.verdict;

import dev.resync.conformance.catalog.Expectation;
import dev.resync.conformance.catalog.OfferCase;
import dev.resync.conformance.client.ClientRun;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.rogue.Level;
import dev.resync.conformance.server.ConnectionRecord;
import dev.resync.conformance.tls.ClientHello;
import dev.resync.conformance.tls.ProtocolVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides a single-suite or single-version case from what its scenario server saw.
 *
 * <p>"Accepted" is as for trust cases: the handshake completed and a request arrived. "Refused"
 * has two honest forms here: the client did not offer the suite or version at all (a TLS server
 * can only pick what was offered, so no handshake on it was possible), or the server chose it in
 * its ServerHello and the client then aborted. A handshake that died after the client offered
 * it but before the server chose it is the harness failing to serve, not the client refusing:
 * that is ERROR with the server's words. A suite or version the profile forbids must not even be
 * offered, so for those the offer alone fails the case, servable or not.
 */
public final class OfferJudge {

  private OfferJudge() {}

  public static Verdict judge(
      OfferCase offerCase, Expectation expectation, List<ConnectionRecord> connections, ClientRun run,
      Map<String, Object> evidence) {
    Map<String, Object> all = new LinkedHashMap<>(evidence);
    List<Map<String, Object>> seen = new ArrayList<>();
    ConnectionRecord completed = null;
    ConnectionRecord chosen = null;
    ConnectionRecord silent = null;
    ConnectionRecord hello = null;
    boolean offered = false;
    boolean explicitlyOffered = false;
    for (ConnectionRecord record : connections) {
      Map<String, Object> entry = Evidence.connection(record);
      ClientHello clientHello = record.transcript().clientHello();
      boolean offersIt = clientHello != null && offerCase.offeredIn(clientHello);
      boolean outright = clientHello != null && offerCase.explicitlyOfferedIn(clientHello);
      entry.put("offersWhatTheServerServes",
          clientHello == null ? "no ClientHello" : outright || !offersIt ? (Object) offersIt
              : "possibly: the hello states only its highest version; the server's answer decides");
      seen.add(entry);
      offered |= offersIt;
      explicitlyOffered |= outright;
      if (clientHello != null && hello == null) {
        hello = record;
      }
      if (record.handshakeCompleted() && (completed == null || (!completed.accepted() && record.accepted()))) {
        completed = record;
      }
      if (record.transcript().serverVersion() != 0 && chosen == null) {
        chosen = record;
      }
      if (record.failure() != null && record.failure().contains("SocketTimeoutException") && silent == null) {
        silent = record;
      }
    }
    all.put("connections", seen);
    all.put("client", Evidence.client(run));
    String what = offerCase.offered().replaceFirst("^only ", "");
    boolean accept = expectation.kind() == Expectation.Kind.ACCEPT;
    String expected =
        accept
            ? "offers " + what + ", completes the handshake on it and requests its profile"
            : expectation.offerForbidden()
                ? "does not offer " + what + " and completes no handshake on it"
                : "completes no handshake on " + what + ": does not offer it, or aborts once the server chose it";

    if (connections.isEmpty()) {
      String reason =
          run.unsupported() != null
              ? "the client cannot run this case: " + run.unsupported()
              : run.fetched()
                  ? "the client reports success but never connected to the scenario server"
                  : "the client never connected to the scenario server (" + run.summary() + ")";
      return Verdict.error(reason, expected, all);
    }
    if (completed != null) {
      String actual = "completed the handshake (" + completed.protocol() + ", " + completed.cipherSuite() + ")"
          + (completed.accepted() ? " and sent '" + completed.requestLine() + "'" : " but sent no HTTP request");
      if (!accept) {
        return broken(expectation, "the client completed a handshake on " + what + " (" + expectation.why() + ")",
            expected, actual, all);
      }
      return completed.accepted()
          ? new Verdict(Outcome.PASS, "the client completed the handshake on " + what, expected, actual, all)
          : broken(expectation, "the client completed the handshake on " + what + " but never asked for its profile",
              expected, actual, all);
    }
    if (hello == null) {
      return Verdict.error("the server never received a ClientHello it could read: "
          + connections.get(0).transcript().clientProblem(), expected, all);
    }
    String offer = offered ? "offered " + what : "did not offer " + what;
    String unservable = offerCase.unservable();
    if (!accept) {
      if (explicitlyOffered && expectation.offerForbidden()) {
        String actual = offer + (chosen != null ? ", then aborted after the server chose it" : "");
        return broken(expectation, "the client offers " + what + " (" + expectation.why() + ")"
            + (unservable != null ? "; " + unservable : ""), expected, actual, all);
      }
      if (!offered) {
        return new Verdict(Outcome.PASS, "the client did not offer " + what + ", so no handshake on it was possible"
            + (unservable != null ? " (" + unservable + ")" : ""), expected, offer + "; " + describe(hello), all);
      }
      if (chosen != null && unservable == null) {
        return new Verdict(Outcome.PASS, "the client refused once the server chose " + what,
            expected, offer + ", then " + howItEnded(chosen), all);
      }
    } else {
      if (!offered) {
        return broken(expectation, "the client did not offer " + what + " (" + expectation.why() + ")",
            expected, offer + "; " + describe(hello), all);
      }
      if (chosen != null && silent == null && unservable == null) {
        return broken(expectation, "the client aborted the handshake after the server chose " + what,
            expected, offer + ", then " + howItEnded(chosen), all);
      }
    }
    if (silent != null) {
      return Verdict.error("the client went silent during the handshake and the server timed out; no decision was"
          + " shown (" + silent.failure() + ")", expected, all);
    }
    if (unservable != null) {
      return Verdict.error("the client " + offer + ", which the harness cannot serve: " + unservable
          + "; the run-wide offer rules judge the offer", expected, all);
    }
    return Verdict.error("the harness could not serve " + what + ": the client offered it, but the handshake ended"
        + " before the server chose it (" + hello.failure() + ")", expected, all);
  }

  private static Verdict broken(Expectation expectation, String reason, String expected, String actual, Map<String, Object> evidence) {
    Outcome outcome = expectation.level() == Level.MUST ? Outcome.FAIL : Outcome.WARN;
    return new Verdict(outcome, reason, expected, actual, evidence);
  }

  /** One line on what a hello offered, for "actual". */
  private static String describe(ConnectionRecord record) {
    ClientHello hello = record.transcript().clientHello();
    List<String> suites = hello.cipherSuiteNames();
    return "it offered " + String.join("/", hello.offeredVersions()) + " with " + suites.size() + " suites"
        + (suites.size() <= 6 ? " " + suites : "") + (record.failure() != null ? "; the server: " + record.failure() : "");
  }

  private static String howItEnded(ConnectionRecord record) {
    String alert = record.transcript().clientAlert() != null ? record.transcript().clientAlert() : record.receivedAlert();
    String version = ProtocolVersion.describe(record.transcript().serverVersion());
    return "aborted after the server's " + version + " ServerHello"
        + (alert != null ? " with alert " + alert : " (" + record.failure() + ")");
  }
}
