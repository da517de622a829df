package dev.resync.conformance.verdict;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** PKIX path validation of a presented chain against given anchors: the judges' one way to ask "does it lead there?". */
public final class ChainPaths {

  private ChainPaths() {}

  /**
   * Validates the chain as presented (leaf first; certificates equal to an anchor are dropped),
   * at {@code at}, revocation off. Returns null when it leads to an anchor, else why not.
   */
  public static String problem(List<X509Certificate> chain, List<X509Certificate> anchors, Date at) {
    if (chain.isEmpty()) {
      return "no certificate";
    }
    List<X509Certificate> path = new ArrayList<>(chain);
    path.removeIf(anchors::contains);
    if (path.isEmpty()) {
      return "the chain is the trust anchor itself, not a certificate issued under it";
    }
    try {
      Set<TrustAnchor> trust = new HashSet<>();
      for (X509Certificate anchor : anchors) {
        trust.add(new TrustAnchor(anchor, null));
      }
      PKIXParameters parameters = new PKIXParameters(trust);
      parameters.setRevocationEnabled(false);
      parameters.setDate(at);
      CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
      return null;
    } catch (GeneralSecurityException e) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }

  /** A moment at which every certificate of the chain is within its validity period, if there is one; else now. */
  public static Date insideEveryWindow(List<X509Certificate> chain) {
    Date latestStart = new Date(0);
    Date earliestEnd = new Date(Long.MAX_VALUE);
    for (X509Certificate certificate : chain) {
      latestStart = certificate.getNotBefore().after(latestStart) ? certificate.getNotBefore() : latestStart;
      earliestEnd = certificate.getNotAfter().before(earliestEnd) ? certificate.getNotAfter() : earliestEnd;
    }
    Date now = new Date();
    if (!now.before(latestStart) && !now.after(earliestEnd)) {
      return now;
    }
    return latestStart.before(earliestEnd) ? new Date(latestStart.getTime() + 1000) : now;
  }
}
