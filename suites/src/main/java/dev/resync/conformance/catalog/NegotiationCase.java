package dev.resync.conformance.catalog;

import java.util.List;

/**
 * A cipher-suite or protocol-version probe: the server, offered only {@code offer}, must
 * complete the handshake (required) or refuse it (forbidden).
 *
 * @param subject the suite (IANA name) or version (JSSE name) the case is about
 * @param offer what the probe offers: that one suite or version
 * @param mustAccept true for a required one, false for a forbidden one
 * @param notProbeable why the probe cannot make this offer (its JSSE cannot speak it), or null
 */
public record NegotiationCase(
    Requirement requirement, Kind kind, String subject, List<String> offer, boolean mustAccept, String notProbeable) {

  public enum Kind { SUITE, PROTOCOL }

  public NegotiationCase {
    offer = List.copyOf(offer);
  }

  @Override
  public String toString() {
    return requirement.displayName();
  }
}
