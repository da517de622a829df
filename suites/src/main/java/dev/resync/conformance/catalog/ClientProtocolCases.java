package dev.resync.conformance.catalog;

import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.rogue.Level;
import dev.resync.conformance.tls.ProtocolVersion;
import java.util.List;

/**
 * C-PROTO: the client speaks the protocol versions its firmware generation allows and no
 * other. Two rules judged over the whole run (what every ClientHello offered, what every
 * accepted connection negotiated), then one scenario per version with a server that speaks only
 * that version.
 */
public final class ClientProtocolCases {

  public static final List<String> TAGS = List.of("client", "protocol");

  public static final String SOURCE =
      "Vendor guide, firmware 11.3 and later: TLS_Client_Min_Version (TLS 1.0 to 1.3, default 1.2 from 12.0(7));"
          + " firmware of the seed's era speaks TLS 1.0 to 1.2. SSL 2.0 and 3.0 are broken (RFC 6176, RFC 7568).";

  public static final String OFFER_ID = "C-PROTO-01";
  public static final String NEGOTIATED_ID = "C-PROTO-02";

  private static final List<ProtocolCase> ALL =
      List.of(
          new ProtocolCase("C-PROTO-03", ProtocolVersion.SSL_V2,
              "JSSE cannot speak SSL 2.0, so this case is decided on the ClientHello: a client that offers version"
                  + " 2.0 fails, one that does not cannot negotiate it"),
          new ProtocolCase("C-PROTO-04", ProtocolVersion.SSL_V3, null),
          new ProtocolCase("C-PROTO-05", ProtocolVersion.TLS_V1, null),
          new ProtocolCase("C-PROTO-06", ProtocolVersion.TLS_V1_1, null),
          new ProtocolCase("C-PROTO-07", ProtocolVersion.TLS_V1_2, null),
          new ProtocolCase("C-PROTO-08", ProtocolVersion.TLS_V1_3, null));

  private ClientProtocolCases() {}

  /** The single-version scenarios, in ID order. */
  public static List<ProtocolCase> all() {
    return ALL;
  }

  /** C-PROTO-01: judged on every ClientHello of the run. */
  public static Requirement offerRule(Profile profile) {
    return new Requirement(OFFER_ID, Level.valueOf(profile.level("protocols.forbidden")),
        "offers no protocol version the profile forbids (" + String.join(" ", profile.forbiddenProtocols())
            + "), in any ClientHello of the run",
        SOURCE, TAGS);
  }

  /** C-PROTO-02: judged on every accepted connection of the run, trust scenarios included. */
  public static Requirement negotiatedRule(Profile profile) {
    return new Requirement(NEGOTIATED_ID, Level.valueOf(profile.level("protocols.forbidden")),
        "completes handshakes only on versions the profile allows (" + String.join(" ", profile.allowedProtocols())
            + "), in every scenario of the run",
        SOURCE, TAGS);
  }
}
