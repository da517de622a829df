package dev.resync.conformance.rogue;

import dev.resync.conformance.pki.Credential;
import dev.resync.conformance.pki.FixtureStore;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.security.auth.x500.X500Principal;

/**
 * Reads, from a server credential, the value of each {@link CertificateProperty}, so that a
 * rogue credential can be compared with the genuine one property by property.
 */
final class CredentialTraits {

  private CredentialTraits() {}

  static Map<CertificateProperty, Object> of(Credential credential) {
    X509Certificate leaf = credential.leaf();
    Map<CertificateProperty, Object> traits = new EnumMap<>(CertificateProperty.class);
    traits.put(CertificateProperty.NAMES, List.of(cn(leaf.getSubjectX500Principal()), subjectAltNames(leaf)));
    traits.put(CertificateProperty.SUBJECT, subjectWithoutCn(leaf.getSubjectX500Principal()));
    traits.put(CertificateProperty.KEY, FixtureStore.sha256(leaf.getPublicKey().getEncoded()));
    traits.put(CertificateProperty.VALIDITY, validity(leaf));
    traits.put(CertificateProperty.SIGNATURE, leaf.getSigAlgName());
    traits.put(CertificateProperty.EXTENSIONS, extensions(leaf));
    traits.put(CertificateProperty.ISSUER, issuers(credential));
    traits.put(CertificateProperty.KEY_POSSESSION, holdsKey(credential));
    return traits;
  }

  private static String cn(X500Principal name) {
    for (String rdn : name.getName(X500Principal.RFC2253).split("(?<!\\\\),")) {
      if (rdn.startsWith("CN=")) {
        return rdn;
      }
    }
    return "";
  }

  private static String subjectWithoutCn(X500Principal name) {
    List<String> rest = new ArrayList<>();
    for (String rdn : name.getName(X500Principal.RFC2253).split("(?<!\\\\),")) {
      if (!rdn.startsWith("CN=")) {
        rest.add(rdn);
      }
    }
    return String.join(",", rest);
  }

  private static List<String> subjectAltNames(X509Certificate certificate) {
    try {
      List<String> names = new ArrayList<>();
      if (certificate.getSubjectAlternativeNames() != null) {
        for (List<?> name : certificate.getSubjectAlternativeNames()) {
          names.add(name.get(0) + ":" + name.get(1));
        }
      }
      return names;
    } catch (CertificateParsingException e) {
      return List.of("unparsable: " + e.getMessage());
    }
  }

  static String validity(X509Certificate certificate) {
    try {
      certificate.checkValidity();
      return "valid now";
    } catch (CertificateExpiredException e) {
      return "expired";
    } catch (CertificateNotYetValidException e) {
      return "not yet valid";
    }
  }

  private static List<Object> extensions(X509Certificate certificate) {
    List<Object> values = new ArrayList<>();
    values.add("basicConstraints=" + certificate.getBasicConstraints());
    boolean[] keyUsage = certificate.getKeyUsage();
    values.add("keyUsage=" + (keyUsage == null ? "none" : java.util.Arrays.toString(keyUsage)));
    try {
      values.add("eku=" + certificate.getExtendedKeyUsage());
    } catch (CertificateParsingException e) {
      values.add("eku=unparsable");
    }
    values.add("critical=" + new TreeSet<>(certificate.getCriticalExtensionOIDs()));
    return values;
  }

  /** Everything above the leaf: the issuer name and each CA's subject, key, CA flag and validity. */
  private static List<Object> issuers(Credential credential) {
    List<Object> chain = new ArrayList<>();
    chain.add("issuer=" + credential.leaf().getIssuerX500Principal().getName());
    for (X509Certificate certificate : credential.chain().subList(1, credential.chain().size())) {
      chain.add(List.of(
          certificate.getSubjectX500Principal().getName(),
          FixtureStore.sha256(certificate.getPublicKey().getEncoded()),
          certificate.getBasicConstraints(),
          validity(certificate)));
    }
    return chain;
  }

  private static boolean holdsKey(Credential credential) {
    try {
      byte[] data = "possession".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance("SHA256withRSA");
      signer.initSign(credential.privateKey());
      signer.update(data);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance("SHA256withRSA");
      verifier.initVerify(credential.leaf().getPublicKey());
      verifier.update(data);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
