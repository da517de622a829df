package dev.resync.conformance.catalog;

import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.rogue.Level;
import java.util.List;

/**
 * C-CIPHER: the client negotiates AES-256, or RC4-128 where the profile allows it, and nothing
 * weaker. Two rules judged over the whole run (what every ClientHello offered, what every
 * accepted connection negotiated), then one scenario per suite family with a server that offers
 * exactly that suite; the profile says whether a conformant client completes the handshake.
 */
public final class ClientCipherCases {

  public static final List<String> TAGS = List.of("client", "cipher");

  /** The seed's sentence on symmetric ciphers. */
  public static final String SOURCE =
      "«Le téléphone IP Cisco met en œuvre un chiffrement symétrique jusqu'à 256 bits à l'aide de la norme de"
          + " chiffrement américaine (AES), en plus du RC4 128 bits.» (The phone implements symmetric encryption up"
          + " to 256-bit AES, in addition to 128-bit RC4; the profile says which suites each firmware speaks.)";

  public static final String OFFER_ID = "C-CIPHER-01";
  public static final String NEGOTIATED_ID = "C-CIPHER-02";

  private static final List<String> UP_TO_TLS12 = List.of("TLSv1", "TLSv1.1", "TLSv1.2");
  private static final List<String> TLS12 = List.of("TLSv1.2");

  private static final List<CipherCase> ALL =
      List.of(
          new CipherCase("C-CIPHER-03", "AES-256-CBC-SHA", "TLS_RSA_WITH_AES_256_CBC_SHA", "AES256", UP_TO_TLS12, null),
          new CipherCase("C-CIPHER-04", "AES-256-CBC-SHA256", "TLS_RSA_WITH_AES_256_CBC_SHA256", "AES256", TLS12, null),
          new CipherCase("C-CIPHER-05", "AES-256-GCM-SHA384", "TLS_RSA_WITH_AES_256_GCM_SHA384", "AES256", TLS12, null),
          new CipherCase("C-CIPHER-06", "ECDHE-RSA-AES-256-GCM-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "AES256", TLS12, null),
          new CipherCase("C-CIPHER-07", "RC4-128-SHA", "TLS_RSA_WITH_RC4_128_SHA", "RC4", UP_TO_TLS12, null),
          new CipherCase("C-CIPHER-08", "RC4-128-MD5", "TLS_RSA_WITH_RC4_128_MD5", "RC4", UP_TO_TLS12, null),
          new CipherCase("C-CIPHER-09", "AES-128-CBC-SHA", "TLS_RSA_WITH_AES_128_CBC_SHA", "AES128", UP_TO_TLS12, null),
          new CipherCase("C-CIPHER-10", "3DES-EDE-CBC-SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "3DES", UP_TO_TLS12, null),
          new CipherCase("C-CIPHER-11", "DES-CBC-SHA", "TLS_RSA_WITH_DES_CBC_SHA", "DES", UP_TO_TLS12, null),
          new CipherCase("C-CIPHER-12", "NULL-SHA", "TLS_RSA_WITH_NULL_SHA", "NULL", UP_TO_TLS12, null),
          // Anonymous: the server sends no Certificate at all, so a client that goes on has
          // talked to a server it cannot have authenticated.
          new CipherCase("C-CIPHER-13", "ADH-AES-256-CBC-SHA", "TLS_DH_anon_WITH_AES_256_CBC_SHA", "anon", UP_TO_TLS12, null),
          new CipherCase("C-CIPHER-14", "EXPORT-RC4-40-MD5", "TLS_RSA_EXPORT_WITH_RC4_40_MD5", "EXPORT", UP_TO_TLS12,
              "JSSE cannot complete an EXPORT handshake with the scenario's 2048-bit RSA key (EXPORT key exchange"
                  + " needs a 512-bit temporary key), so this case is decided on the ClientHello: a client that offers"
                  + " no EXPORT suite cannot negotiate one"));

  private ClientCipherCases() {}

  /** The single-suite scenarios, in ID order. */
  public static List<CipherCase> all() {
    return ALL;
  }

  /** C-CIPHER-01: judged on every ClientHello of the run. */
  public static Requirement offerRule(Profile profile) {
    return new Requirement(OFFER_ID, Level.valueOf(profile.level("suites.forbidden")),
        "offers no suite the profile forbids (" + String.join(" ", profile.forbiddenSuites()) + "), in any ClientHello of the run",
        SOURCE, TAGS);
  }

  /** C-CIPHER-02: judged on every accepted connection of the run, trust scenarios included. */
  public static Requirement negotiatedRule(Profile profile) {
    return new Requirement(NEGOTIATED_ID, Level.valueOf(profile.level("suites.allowed")),
        "completes handshakes only on suites the profile allows, in every scenario of the run", SOURCE, TAGS);
  }
}
