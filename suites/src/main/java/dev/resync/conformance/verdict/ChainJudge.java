package dev.resync.conformance.verdict;

import dev.resync.conformance.catalog.ChainCase;
import dev.resync.conformance.probe.ProbeResult;
import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.report.Outcome;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.internal.tls.OkHostnameVerifier;

/**
 * Decides S-CHAIN cases from the chain a server presented, one property per case, so that one
 * defect fails one case: the path to the anchor is judged at a moment inside every validity
 * window (expiry is S-CHAIN-03's), the order ignores who the top is (the anchor is S-CHAIN-01's).
 */
public final class ChainJudge {

  /** A certificate expiring sooner than this is a WARN: renew it before phones stop resyncing. */
  static final Duration EXPIRY_WARNING = Duration.ofDays(30);

  private ChainJudge() {}

  public static Verdict judge(ChainCase chainCase, ProbeResult probe, List<X509Certificate> anchors, String host, Profile profile) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("trustAnchors", Evidence.chain(anchors));
    evidence.put("host", host);
    evidence.put("probe", ProbeEvidence.of(probe));
    List<X509Certificate> chain = probe.serverChain();
    String expected = switch (chainCase.check()) {
      case ANCHOR -> "a chain that leads to the trust anchor";
      case HOST -> "a leaf naming " + host + " (SAN, or CN without SANs)";
      case VALIDITY -> "every certificate valid now, none expiring within " + EXPIRY_WARNING.toDays() + " days";
      case KEY_AND_HASH -> "RSA >= " + profile.rsaMinBits() + " bits, signature hashes in " + profile.signatureHashes().stream().sorted().toList();
      case ORDER -> "leaf first, each certificate followed by its issuer, up to the anchor or a root";
    };
    if (chain.isEmpty()) {
      return Verdict.error("no server chain was observed: " + probe.summary(), expected, evidence);
    }
    X509Certificate leaf = chain.get(0);
    Outcome broken = Outcomes.broken(chainCase.requirement().level());
    switch (chainCase.check()) {
      case ANCHOR -> {
        String problem = ChainPaths.problem(chain, anchors, ChainPaths.insideEveryWindow(chain));
        return problem == null
            ? new Verdict(Outcome.PASS, "the chain leads to the trust anchor", expected, "PKIX validation succeeded", evidence)
            : new Verdict(broken, "the chain does not lead to the trust anchor: " + problem, expected, problem, evidence);
      }
      case HOST -> {
        boolean names = OkHostnameVerifier.INSTANCE.verify(host, leaf);
        String actual = "leaf subject " + Evidence.printable(leaf.getSubjectX500Principal().getName());
        return names
            ? new Verdict(Outcome.PASS, "the leaf names " + host, expected, actual, evidence)
            : new Verdict(broken, "the leaf does not name " + host, expected, actual, evidence);
      }
      case VALIDITY -> {
        Instant now = Instant.now();
        for (X509Certificate certificate : chain) {
          String who = Evidence.printable(certificate.getSubjectX500Principal().getName());
          if (now.isBefore(certificate.getNotBefore().toInstant())) {
            return new Verdict(broken, who + " is not valid before " + certificate.getNotBefore().toInstant(), expected, "not yet valid", evidence);
          }
          if (now.isAfter(certificate.getNotAfter().toInstant())) {
            return new Verdict(broken, who + " expired at " + certificate.getNotAfter().toInstant(), expected, "expired", evidence);
          }
        }
        for (X509Certificate certificate : chain) {
          if (now.plus(EXPIRY_WARNING).isAfter(certificate.getNotAfter().toInstant())) {
            return new Verdict(Outcome.WARN, Evidence.printable(certificate.getSubjectX500Principal().getName())
                + " expires at " + certificate.getNotAfter().toInstant() + ", within " + EXPIRY_WARNING.toDays() + " days",
                expected, "expiring soon", evidence);
          }
        }
        return new Verdict(Outcome.PASS, "every certificate is valid now and for at least " + EXPIRY_WARNING.toDays() + " days",
            expected, "valid until " + leaf.getNotAfter().toInstant(), evidence);
      }
      case KEY_AND_HASH -> {
        for (X509Certificate certificate : chain) {
          String objection = profile.objectionTo(certificate, anchors.contains(certificate) || selfSigned(certificate));
          if (objection != null) {
            return new Verdict(broken, Evidence.printable(certificate.getSubjectX500Principal().getName()) + ": " + objection,
                expected, objection, evidence);
          }
        }
        return new Verdict(Outcome.PASS, "keys and signature hashes are within profile " + profile.name(), expected, "accepted", evidence);
      }
      case ORDER -> {
        for (int i = 0; i + 1 < chain.size(); i++) {
          if (!issued(chain.get(i + 1), chain.get(i))) {
            String actual = "certificate " + (i + 2) + " (" + Evidence.printable(chain.get(i + 1).getSubjectX500Principal().getName())
                + ") did not issue certificate " + (i + 1);
            return new Verdict(broken, "the chain is out of order or has extra certificates: " + actual, expected, actual, evidence);
          }
        }
        X509Certificate top = chain.get(chain.size() - 1);
        boolean complete = selfSigned(top) || anchors.contains(top) || anchors.stream().anyMatch(a -> issued(a, top));
        String actual = chain.size() + " certificate(s), top " + Evidence.printable(top.getSubjectX500Principal().getName());
        return complete
            ? new Verdict(Outcome.PASS, "the chain is complete and in order", expected, actual, evidence)
            : new Verdict(broken, "the chain stops below the anchor: an intermediate certificate is missing", expected, actual, evidence);
      }
      default -> throw new IllegalStateException(chainCase.check().name());
    }
  }

  private static boolean issued(X509Certificate issuer, X509Certificate subject) {
    if (!subject.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
      return false;
    }
    try {
      subject.verify(issuer.getPublicKey());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static boolean selfSigned(X509Certificate certificate) {
    return issued(certificate, certificate);
  }
}
