package dev.resync.conformance.catalog;

import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.tls.ClientHello;
import java.util.List;

/**
 * A client case whose scenario server offers exactly one thing (one cipher suite, or one
 * protocol version) and whose expectation the profile decides. The two tables
 * ({@link ClientCipherCases}, {@link ClientProtocolCases}) hold records of this shape, and one
 * runner and one judge serve both.
 */
public sealed interface OfferCase permits CipherCase, ProtocolCase {

  /** The stable requirement ID, such as {@code C-CIPHER-07}. */
  String id();

  /** What the server offers, in words: "only RC4-128-SHA (TLS_RSA_WITH_RC4_128_SHA)". */
  String offered();

  /** What a conformant client does with this server under the profile. */
  Expectation expectation(Profile profile);

  /** The requirement as it reads under the profile: level and sentence follow the profile. */
  Requirement requirement(Profile profile);

  /** Suites the scenario server enables (IANA names); empty for every suite that authenticates it. */
  List<String> serverSuites();

  /** Versions the scenario server speaks (JSSE names). */
  List<String> serverProtocols();

  /**
   * Null when the harness can serve this scenario; else why not (JSSE cannot speak SSLv2 or an
   * EXPORT suite with a 2048-bit key). Such a case is decided on the client's offer alone.
   */
  String unservable();

  /** Whether a ClientHello offers what this scenario serves (for versions: as far as the hello shows). */
  boolean offeredIn(ClientHello hello);

  /**
   * Whether a ClientHello names what this scenario serves outright, as opposed to leaving it
   * possible: only an outright offer breaks a rule against offering.
   */
  default boolean explicitlyOfferedIn(ClientHello hello) {
    return offeredIn(hello);
  }
}
