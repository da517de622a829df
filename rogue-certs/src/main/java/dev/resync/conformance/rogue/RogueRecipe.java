package dev.resync.conformance.rogue;

import static dev.resync.conformance.rogue.CertificateProperty.EXTENSIONS;
import static dev.resync.conformance.rogue.CertificateProperty.ISSUER;
import static dev.resync.conformance.rogue.CertificateProperty.KEY;
import static dev.resync.conformance.rogue.CertificateProperty.KEY_POSSESSION;
import static dev.resync.conformance.rogue.CertificateProperty.NAMES;
import static dev.resync.conformance.rogue.CertificateProperty.SIGNATURE;
import static dev.resync.conformance.rogue.CertificateProperty.SUBJECT;
import static dev.resync.conformance.rogue.CertificateProperty.VALIDITY;

import dev.resync.conformance.pki.CertificateSpec;
import dev.resync.conformance.pki.Credential;
import dev.resync.conformance.pki.StandInPki;
import dev.resync.conformance.pki.StoredCredential;
import dev.resync.conformance.profile.Profile;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The catalogue of rogue server credentials: one recipe per defect, each the genuine server
 * certificate with exactly that defect (the {@link #changes()} it declares, and nothing else),
 * each tied to the requirement it probes. A conformant client rejects every one of them.
 */
public enum RogueRecipe {
  SELF_SIGNED(
      "self-signed", "C-TRUST-02",
      "rejects a self-signed certificate with the genuine server's subject and key",
      SeedSentences.REJECTS_OTHERS, EnumSet.of(ISSUER),
      (pki, name) -> pki.selfSigned(name, pki.genuineServerSpec())),

  EXPIRED(
      "expired", "C-TRUST-03",
      "rejects a vendor-signed server certificate that has expired",
      SeedSentences.ONLY_VENDOR_VALID, EnumSet.of(VALIDITY),
      (pki, name) -> pki.issue(name, genuine(pki).validity(daysFromNow(-730), daysFromNow(-1)).build(), pki.provisioningRoot())),

  NOT_YET_VALID(
      "not-yet-valid", "C-TRUST-04",
      "rejects a vendor-signed server certificate that is not valid yet",
      SeedSentences.ONLY_VENDOR_VALID, EnumSet.of(VALIDITY),
      (pki, name) -> pki.issue(name, genuine(pki).validity(daysFromNow(1825), daysFromNow(2190)).build(), pki.provisioningRoot())),

  UNRELATED_CA(
      "unrelated-ca", "C-TRUST-05",
      "rejects a certificate signed by a CA other than the provisioning root",
      SeedSentences.REJECTS_OTHERS, EnumSet.of(ISSUER),
      (pki, name) -> pki.issue(name, pki.genuineServerSpec(), pki.unrelatedRoot())),

  LOOKALIKE_ROOT(
      "lookalike-root", "C-TRUST-06",
      "rejects a chain to a root with the provisioning root's exact subject but another key",
      SeedSentences.REJECTS_OTHERS, EnumSet.of(ISSUER),
      (pki, name) -> pki.issue(name, pki.genuineServerSpec(), lookalikeRoot(pki))),

  WRONG_HOST(
      "wrong-host", "C-TRUST-07",
      "rejects a vendor-signed certificate issued to another host",
      SeedSentences.SERVER_NAME_RULE, EnumSet.of(NAMES),
      (pki, name) -> pki.issue(name, genuine(pki)
          .subject("CN=provisioning.rogue.example, O=Resync Conformance stand-in provisioning server")
          .serverNames("provisioning.rogue.example").build(), pki.provisioningRoot())),

  NON_CA_ISSUER(
      "non-ca-issuer", "C-TRUST-08",
      "rejects a certificate issued by a vendor-signed certificate that is not a CA (basicConstraints CA:false)",
      SeedSentences.SIGNED_DIRECTLY, EnumSet.of(ISSUER),
      (pki, name) -> pki.issue(name, pki.genuineServerSpec(), nonCaIssuer(pki))),

  EXPIRED_INTERMEDIATE(
      "expired-intermediate", "C-TRUST-09",
      "rejects a chain through an intermediate CA that has expired",
      SeedSentences.ONLY_VENDOR_VALID, EnumSet.of(ISSUER),
      (pki, name) -> pki.issue(name, genuine(pki).validity(daysFromNow(-730), daysFromNow(730)).build(), expiredIntermediate(pki))),

  UNKNOWN_CRITICAL_EXTENSION(
      "unknown-critical-extension", "C-TRUST-10",
      "rejects a certificate carrying a critical extension it does not understand (RFC 5280, 4.2)",
      SeedSentences.ONLY_VENDOR_VALID, EnumSet.of(EXTENSIONS),
      (pki, name) -> pki.issue(name, genuine(pki).addExtension(unknownCriticalExtension()).build(), pki.provisioningRoot())),

  EKU_WITHOUT_SERVER_AUTH(
      "eku-without-server-auth", "C-TRUST-11",
      "rejects a certificate whose extendedKeyUsage does not include serverAuth",
      SeedSentences.ONLY_VENDOR_VALID, EnumSet.of(EXTENSIONS),
      (pki, name) -> pki.issue(name, genuine(pki).extendedKeyUsage(KeyPurposeId.id_kp_clientAuth).build(), pki.provisioningRoot())),

  NUL_BYTE_IN_NAME(
      "nul-byte-in-name", "C-TRUST-12",
      "rejects a certificate for 'localhost\\0.rogue.example' (a NUL byte truncates names in C clients)",
      SeedSentences.SERVER_NAME_RULE, EnumSet.of(NAMES),
      (pki, name) -> pki.issue(name, genuine(pki)
          .subject("CN=localhost\u0000.rogue.example, O=Resync Conformance stand-in provisioning server")
          .serverNames("localhost\u0000.rogue.example").build(), pki.provisioningRoot())),

  RSA_512(
      "rsa-512", "C-TRUST-13",
      "rejects a vendor-signed certificate with a 512-bit RSA key (factorable)",
      SeedSentences.NO_KEY_NO_SESSION, EnumSet.of(KEY),
      (pki, name) -> pki.issue(name, genuine(pki).keyPair(pki.store().keyPair("server-leaf", 512)).build(), pki.provisioningRoot())),

  MD5_SIGNATURE(
      "md5-signature", "C-TRUST-14",
      "rejects a certificate signed with MD5 (collisions make it forgeable)",
      SeedSentences.ONLY_VENDOR_VALID, EnumSet.of(SIGNATURE),
      (pki, name) -> pki.issue(name, genuine(pki).signatureAlgorithm("MD5withRSA").build(), pki.provisioningRoot())),

  DEVICE_ROOT_SIGNED(
      "device-root-signed", "C-TRUST-15",
      "rejects a server certificate signed by the device root (the other hierarchy)",
      SeedSentences.TWO_ROOTS, EnumSet.of(ISSUER),
      (pki, name) -> pki.issue(name, pki.genuineServerSpec(), pki.deviceRoot())),

  DEVICE_CERTIFICATE(
      "device-certificate", "C-TRUST-16",
      "rejects a genuine device certificate presented as a server certificate",
      SeedSentences.TWO_ROOTS, EnumSet.of(NAMES, SUBJECT, KEY, EXTENSIONS, ISSUER),
      (pki, name) -> pki.genuineDevice()),

  STOLEN_CERTIFICATE(
      "stolen-certificate", "C-TRUST-17",
      "rejects the genuine certificate presented without its private key",
      SeedSentences.NO_KEY_NO_SESSION, EnumSet.of(KEY_POSSESSION),
      RogueRecipe::stolenCertificate),

  SHA1_SIGNATURE(
      "sha1-signature", "C-TRUST-18",
      "rejects a certificate signed with SHA-1 where the profile does not accept SHA-1",
      SeedSentences.RSA, EnumSet.of(SIGNATURE),
      (pki, name) -> pki.issue(name, genuine(pki).signatureAlgorithm("SHA1withRSA").build(), pki.provisioningRoot())),

  RSA_1024(
      "rsa-1024", "C-TRUST-19",
      "rejects a certificate with a 1024-bit RSA key where the profile requires more",
      SeedSentences.RSA, EnumSet.of(KEY),
      (pki, name) -> pki.issue(name, genuine(pki).keyPair(pki.store().keyPair("server-leaf", 1024)).build(), pki.provisioningRoot()));

  private final String slug;
  private final String requirementId;
  private final String description;
  private final String source;
  private final Set<CertificateProperty> changes;
  private final BiFunction<StandInPki, String, StoredCredential> recipe;

  RogueRecipe(
      String slug,
      String requirementId,
      String description,
      String source,
      Set<CertificateProperty> changes,
      BiFunction<StandInPki, String, StoredCredential> recipe) {
    this.slug = slug;
    this.requirementId = requirementId;
    this.description = description;
    this.source = source;
    this.changes = Set.copyOf(changes);
    this.recipe = recipe;
  }

  /** File and CLI name, such as {@code expired}. */
  public String slug() {
    return slug;
  }

  public String requirementId() {
    return requirementId;
  }

  public Level level() {
    return Level.MUST;
  }

  public String description() {
    return description;
  }

  /** The vendor-guide sentence the requirement comes from. */
  public String source() {
    return source;
  }

  /** What this recipe changes relative to the genuine server credential. */
  public Set<CertificateProperty> changes() {
    return changes;
  }

  /** The credential, from the fixture store (made on first use). */
  public StoredCredential credential(StandInPki pki) {
    return recipe.apply(pki, "rogue/" + slug);
  }

  /**
   * Protocol versions a scenario server can serve this credential with; empty for all. A
   * 512-bit key cannot make the RSA-PSS signature TLS 1.3 requires.
   */
  public List<String> serverProtocols() {
    return this == RSA_512 ? List.of("SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2") : List.of();
  }

  /**
   * Why the profile makes this recipe no defect at all (it accepts SHA-1, or 1024-bit keys), or
   * null when a conformant client must reject it under this profile.
   */
  public String notApplicableUnder(Profile profile) {
    return switch (this) {
      case SHA1_SIGNATURE -> profile.acceptsSignatureHash("SHA-1")
          ? "profile " + profile.name() + " accepts SHA-1 signatures" : null;
      case RSA_1024 -> profile.acceptsKeySize(1024)
          ? "profile " + profile.name() + " accepts 1024-bit RSA keys (minimum " + profile.rsaMinBits() + ")" : null;
      default -> null;
    };
  }

  public static RogueRecipe ofSlug(String slug) {
    for (RogueRecipe recipe : values()) {
      if (recipe.slug.equals(slug)) {
        return recipe;
      }
    }
    throw new IllegalArgumentException("no rogue recipe named " + slug);
  }

  // Recipe helpers. Each changes one thing of the genuine spec, or builds one rogue issuer.

  private static CertificateSpec.Builder genuine(StandInPki pki) {
    return pki.genuineServerSpec().toBuilder();
  }

  private static Instant daysFromNow(long days) {
    return Instant.now().plus(Duration.ofDays(days));
  }

  private static StoredCredential lookalikeRoot(StandInPki pki) {
    return pki.selfSigned("rogue/issuers/lookalike-root",
        pki.rootSpec(StandInPki.PROVISIONING_ROOT_SUBJECT, "lookalike-root"));
  }

  /** A vendor-signed end-entity certificate (CA:false) used to sign another: the classic chain bug. */
  private static StoredCredential nonCaIssuer(StandInPki pki) {
    CertificateSpec leaf =
        CertificateSpec.builder()
            .subject("CN=Stand-in customer certificate (not a CA), O=Some Provisioning Customer")
            .keyPair(pki.store().keyPair("rogue-issuer", 2048))
            .notCertificateAuthority()
            .keyUsage(KeyUsage.digitalSignature | KeyUsage.keyCertSign)
            .build();
    return pki.issue("rogue/issuers/non-ca", leaf, pki.provisioningRoot());
  }

  /** A vendor-signed intermediate CA that expired yesterday, after issuing the leaf. */
  private static StoredCredential expiredIntermediate(StandInPki pki) {
    CertificateSpec intermediate =
        CertificateSpec.builder()
            .subject("CN=Stand-in Provisioning Intermediate CA (expired), O=Resync Conformance (test only)")
            .keyPair(pki.store().keyPair("rogue-issuer", 2048))
            .validity(daysFromNow(-1825), daysFromNow(-1))
            .certificateAuthority(0)
            .keyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
            .build();
    return pki.issue("rogue/issuers/expired-intermediate", intermediate, pki.provisioningRoot());
  }

  /** A private-arc OID no TLS client knows, marked critical. */
  private static Extension unknownCriticalExtension() {
    try {
      return new Extension(new ASN1ObjectIdentifier("1.3.6.1.4.1.32473.1.1"), true, new DEROctetString(new byte[] {0x05, 0x00}));
    } catch (RuntimeException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The genuine chain, paired with a key that is not its own. */
  private static StoredCredential stolenCertificate(StandInPki pki, String name) {
    StoredCredential genuine = pki.genuineServer();
    String fingerprint = name + "|" + genuine.chainPem() + "|" + dev.resync.conformance.pki.FixtureStore.sha256(encoded(genuine));
    return pki.store().credential(name, fingerprint,
        () -> new Credential(genuine.credential().chain(), pki.store().keyPair("impostor", 2048).getPrivate()));
  }

  private static byte[] encoded(StoredCredential credential) {
    try {
      return credential.credential().leaf().getEncoded();
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

}
