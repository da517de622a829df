package dev.resync.conformance.verdict;

import dev.resync.conformance.client.ClientRun;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.server.ConnectionRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides a trust case from what the scenario server saw (DESIGN.md, "Verdict rules"): any
 * accepted connection means the client accepted the server; rejection counts only when the
 * server's whole Certificate flight left first. Anything else is an ERROR that says why, never
 * a PASS: a client that never connected has not rejected anything.
 */
public final class TrustJudge {

  private TrustJudge() {}

  /**
   * @param shouldAccept true for the genuine server, false for a rogue one
   * @param evidence the scenario's own evidence (server chain, ...), to which the connections
   *     and the client's account are added
   */
  public static Verdict judge(
      boolean shouldAccept, List<ConnectionRecord> connections, ClientRun run, Map<String, Object> evidence) {
    Map<String, Object> all = new LinkedHashMap<>(evidence);
    List<Map<String, Object>> seen = new ArrayList<>();
    ConnectionRecord accepted = null;
    ConnectionRecord rejected = null;
    ConnectionRecord silent = null;
    ConnectionRecord mute = null;
    ConnectionRecord early = null;
    for (ConnectionRecord record : connections) {
      Map<String, Object> entry = Evidence.connection(record);
      ConnectionFate fate = ConnectionFate.of(record);
      entry.put("fate", fate.name());
      seen.add(entry);
      switch (fate) {
        case ACCEPTED -> accepted = accepted == null ? record : accepted;
        case REJECTED_AFTER_CERTIFICATE -> rejected = rejected == null ? record : rejected;
        case SILENT -> silent = silent == null ? record : silent;
        case CLOSED_WITHOUT_ANSWER -> mute = mute == null ? record : mute;
        case ENDED_BEFORE_CERTIFICATE -> early = early == null ? record : early;
      }
    }
    all.put("connections", seen);
    all.put("client", Evidence.client(run));
    String expected =
        shouldAccept
            ? "completes the handshake and requests its profile"
            : "aborts after the server's Certificate, before any HTTP request";

    if (accepted != null) {
      String actual = "accepted: handshake completed (" + accepted.protocol() + ", " + accepted.cipherSuite()
          + ") and it sent '" + accepted.requestLine() + "'";
      return shouldAccept
          ? new Verdict(Outcome.PASS, "the client accepted the genuine server", expected, actual, all)
          : new Verdict(Outcome.FAIL, "the client accepted a rogue server and asked it for its profile", expected, actual, all);
    }
    if (rejected != null) {
      String actual = "rejected after the server's Certificate: " + howItEnded(rejected);
      return shouldAccept
          ? new Verdict(Outcome.FAIL, "the client rejected the genuine server", expected, actual, all)
          : new Verdict(Outcome.PASS, "the client rejected the rogue server", expected, actual, all);
    }
    if (connections.isEmpty()) {
      String reason =
          run.unsupported() != null
              ? "the client cannot run this case: " + run.unsupported()
              : run.fetched()
                  ? "the client reports success but never connected to the scenario server"
                  : "the client never connected to the scenario server (" + run.summary() + ")";
      return Verdict.error(reason, expected, all);
    }
    if (silent != null) {
      return Verdict.error(
          "the client went silent during the handshake and the server timed out; no decision was shown ("
              + silent.failure() + ")",
          expected, all);
    }
    if (mute != null) {
      return Verdict.error(
          "the client closed the connection without answering the server's flight (no alert, no handshake"
              + " message), so nothing shows it judged the certificate (" + mute.failure() + ")",
          expected, all);
    }
    return Verdict.error(
        "the handshake ended before the server's Certificate was sent, so the certificate was never judged: "
            + describeEarly(early),
        expected, all);
  }

  private static String howItEnded(ConnectionRecord record) {
    if (record.handshakeCompleted()) {
      return "the handshake completed, then the client closed without a request (rejected after the handshake)";
    }
    String alert = record.transcript().clientAlert() != null ? record.transcript().clientAlert() : record.receivedAlert();
    if (alert != null) {
      return "alert " + alert;
    }
    return "closed the connection (" + record.failure() + ")";
  }

  private static String describeEarly(ConnectionRecord record) {
    if (record.transcript().clientHello() == null) {
      return record.transcript().clientProblem();
    }
    return record.failure() == null ? "connection closed" : record.failure();
  }
}
