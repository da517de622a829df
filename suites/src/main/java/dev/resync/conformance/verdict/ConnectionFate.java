package dev.resync.conformance.verdict;

import dev.resync.conformance.server.ConnectionRecord;

/**
 * What one connection proves about the client's trust decision, by DESIGN.md's verdict rules.
 * Only ACCEPTED and REJECTED_AFTER_CERTIFICATE are evidence; the others are reasons for ERROR.
 */
public enum ConnectionFate {
  /** The handshake completed and an HTTP request arrived. */
  ACCEPTED,
  /** The server's whole Certificate flight left, then the client aborted before any request. */
  REJECTED_AFTER_CERTIFICATE,
  /**
   * The server's Certificate left, but the client closed without a word (no alert, no second
   * flight): nothing shows that it read the certificate rather than hanging up at once.
   */
  CLOSED_WITHOUT_ANSWER,
  /** The client stopped talking and the server's read timed out: no decision was shown. */
  SILENT,
  /** The handshake ended before the server's Certificate left: the certificate was never judged. */
  ENDED_BEFORE_CERTIFICATE;

  public static ConnectionFate of(ConnectionRecord record) {
    if (record.accepted()) {
      return ACCEPTED;
    }
    boolean timedOut = record.failure() != null && record.failure().contains("SocketTimeoutException");
    if (timedOut) {
      return SILENT;
    }
    if (!record.certificateSent()) {
      return ENDED_BEFORE_CERTIFICATE;
    }
    boolean answered =
        record.handshakeCompleted() || record.transcript().clientAnswered() || record.receivedAlert() != null;
    return answered ? REJECTED_AFTER_CERTIFICATE : CLOSED_WITHOUT_ANSWER;
  }
}
