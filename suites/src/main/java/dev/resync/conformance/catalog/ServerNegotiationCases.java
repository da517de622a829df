package dev.resync.conformance.catalog;

import dev.resync.conformance.catalog.NegotiationCase.Kind;
import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.rogue.Level;
import dev.resync.conformance.rogue.SeedSentences;
import dev.resync.conformance.tls.CipherSuites;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * S-CIPHER and S-PROTO: one probe per suite and per version the profile requires, recommends
 * or forbids. The cases come from the profile, so they are built per run. A forbidden family
 * ({@code family:RC4}) becomes one probe per member this JSSE can offer, plus one N/A case
 * naming the members it cannot: those are not tested, and the report says so.
 */
public final class ServerNegotiationCases {

  public static final List<String> CIPHER_TAGS = List.of("server", "cipher");
  public static final List<String> PROTO_TAGS = List.of("server", "proto");

  static final String CIPHERS =
      "«Le téléphone IP Cisco prend en charge le chiffrement AES jusqu'à 256 bits, en plus du chiffrement RC4 à"
          + " 128 bits.» (The phone implements AES up to 256 bits and RC4-128; the profile says which suites are required.)";
  static final String VERSIONS = "Vendor guide, TLS_Client_Min_Version and later firmware: the profile lists the versions phones speak.";

  static final Requirement REQUIRED_SUITE =
      new Requirement("S-CIPHER-01", Level.MUST, "accepts each cipher suite the profile requires", CIPHERS, CIPHER_TAGS);
  static final Requirement FORBIDDEN_SUITE =
      new Requirement("S-CIPHER-02", Level.MUST, "refuses each cipher suite the profile forbids", CIPHERS, CIPHER_TAGS);
  static final Requirement RECOMMENDED_SUITE =
      new Requirement("S-CIPHER-03", Level.SHOULD, "accepts each cipher suite the profile recommends", CIPHERS, CIPHER_TAGS);
  static final Requirement REQUIRED_VERSION =
      new Requirement("S-PROTO-01", Level.MUST, "accepts each protocol version the profile requires", VERSIONS, PROTO_TAGS);
  static final Requirement FORBIDDEN_VERSION =
      new Requirement("S-PROTO-02", Level.MUST, "refuses each protocol version the profile forbids", VERSIONS, PROTO_TAGS);

  /** The TLS 1.2-and-older versions a suite probe offers, so that only the suite decides. */
  static final List<String> PRE_TLS13 = List.of("TLSv1.2", "TLSv1.1", "TLSv1", "SSLv3");

  private ServerNegotiationCases() {}

  /**
   * @param jsseSuites the suites the probe's JSSE can offer (JSSE names)
   * @param jsseProtocols the versions it can offer
   */
  public static List<NegotiationCase> of(Profile profile, List<String> jsseSuites, List<String> jsseProtocols) {
    String[] supported = jsseSuites.toArray(new String[0]);
    List<NegotiationCase> cases = new ArrayList<>();
    for (String suite : profile.requiredSuites()) {
      cases.add(suiteCase(REQUIRED_SUITE, suite, true, supported));
    }
    for (String suite : profile.recommendedSuites()) {
      cases.add(suiteCase(RECOMMENDED_SUITE, suite, true, supported));
    }
    for (String entry : profile.forbiddenSuites()) {
      if (!entry.startsWith("family:")) {
        cases.add(suiteCase(FORBIDDEN_SUITE, entry, false, supported));
        continue;
      }
      String family = entry.substring(7);
      List<String> members = jsseSuites.stream()
          .filter(name -> Profile.inFamily(CipherSuites.ianaName(name), family) && !name.contains("SCSV"))
          .sorted()
          .toList();
      for (String member : members) {
        cases.add(suiteCase(FORBIDDEN_SUITE, CipherSuites.ianaName(member), false, supported));
      }
      cases.add(new NegotiationCase(titled(FORBIDDEN_SUITE, "the rest of " + entry), Kind.SUITE, "the rest of " + entry, List.of(), false,
          "not probed: " + (members.isEmpty() ? "this JSSE can offer no suite of " + entry : "the " + entry
              + " suites this JSSE cannot offer (" + members.size() + " that it can are probed one by one)")));
    }
    for (String version : profile.requiredProtocols()) {
      cases.add(versionCase(REQUIRED_VERSION, version, true, jsseProtocols));
    }
    for (String version : profile.forbiddenProtocols()) {
      cases.add(versionCase(FORBIDDEN_VERSION, version, false, jsseProtocols));
    }
    return List.copyOf(cases);
  }

  private static NegotiationCase suiteCase(Requirement requirement, String iana, boolean mustAccept, String[] supported) {
    Optional<String> jsse = CipherSuites.jsseName(iana, supported);
    if (jsse.isEmpty()) {
      return new NegotiationCase(titled(requirement, iana), Kind.SUITE, iana, List.of(), mustAccept,
          "not probed: the probe's TLS stack (JSSE " + System.getProperty("java.version") + ") cannot offer " + iana);
    }
    return new NegotiationCase(titled(requirement, iana), Kind.SUITE, iana, List.of(jsse.get()), mustAccept, null);
  }

  private static NegotiationCase versionCase(Requirement requirement, String version, boolean mustAccept, List<String> jsseProtocols) {
    if (!jsseProtocols.contains(version)) {
      return new NegotiationCase(titled(requirement, version), Kind.PROTOCOL, version, List.of(), mustAccept,
          "not probed: the probe's TLS stack (JSSE " + System.getProperty("java.version") + ") cannot speak " + version);
    }
    return new NegotiationCase(titled(requirement, version), Kind.PROTOCOL, version, List.of(version), mustAccept, null);
  }

  /** The requirement titled for one suite or version: "refuses each cipher suite the profile forbids: TLS_...". */
  private static Requirement titled(Requirement requirement, String subject) {
    return requirement.withTitle(requirement.title() + ": " + subject);
  }

  /** The versions a suite probe offers: TLS 1.3 suites on TLS 1.3 only, the others on every older version. */
  public static List<String> versionsFor(String iana, List<String> jsseProtocols) {
    boolean tls13 = iana.startsWith("TLS_AES_") || iana.startsWith("TLS_CHACHA20_");
    return tls13 ? List.of("TLSv1.3") : PRE_TLS13.stream().filter(jsseProtocols::contains).toList();
  }
}
