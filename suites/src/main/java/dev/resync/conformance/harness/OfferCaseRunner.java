package dev.resync.conformance.harness;

import dev.resync.conformance.catalog.Expectation;
import dev.resync.conformance.catalog.OfferCase;
import dev.resync.conformance.catalog.Requirement;
import dev.resync.conformance.pki.StoredCredential;
import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.server.ClientAuth;
import dev.resync.conformance.server.ServerConfig;
import dev.resync.conformance.tls.CipherSuites;
import dev.resync.conformance.verdict.Evidence;
import dev.resync.conformance.verdict.OfferJudge;
import dev.resync.conformance.verdict.Verdict;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.X509TrustManager;

/**
 * Runs the single-suite and single-version cases (C-CIPHER-03.., C-PROTO-03..): a scenario
 * server with the genuine chain that offers exactly one suite or speaks exactly one version, so
 * that the suite or the version is the only thing the client can object to.
 */
public final class OfferCaseRunner {

  private final ClientHarness harness;

  public OfferCaseRunner(ClientHarness harness) {
    this.harness = harness;
  }

  public CaseResult run(OfferCase offerCase) {
    long start = System.nanoTime();
    Profile profile = harness.settings().profile();
    Requirement requirement = offerCase.requirement(profile);
    Expectation expectation = offerCase.expectation(profile);
    String scenario = scenario(offerCase);
    if (expectation.kind() == Expectation.Kind.OPTIONAL) {
      return CaseResults.of(requirement, scenario, harness.client().describe(),
          Verdict.notApplicable("profile " + profile.name() + ": " + expectation.why(), "either way"), start);
    }
    Verdict verdict;
    try {
      StoredCredential credential = harness.pki().genuineServer();
      ServerConfig config = config(offerCase, credential);
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("profileRule", expectation.rule() + " (" + expectation.level() + "): " + expectation.why());
      if (offerCase.unservable() != null) {
        evidence.put("harnessLimit", offerCase.unservable());
      }
      evidence.put("serverChain", Evidence.chain(credential.credential().chain()));
      ScenarioFetch.Observation seen =
          ScenarioFetch.run(config, harness.client(), harness.profilePath(), harness.settings().timeout(), harness.log(),
              offerCase.id());
      evidence.put("serverOffers", Map.of(
          "protocols", seen.serverProtocols(),
          "suites", offerCase.serverSuites().isEmpty() && offerCase.unservable() == null
              ? seen.serverSuites().size() + " suites that authenticate the server"
              : seen.serverSuites().stream().map(CipherSuites::ianaName).toList()));
      if (seen.refusedConnections() > 0) {
        evidence.put("refusedConnections", seen.refusedConnections());
      }
      verdict = OfferJudge.judge(offerCase, expectation, seen.connections(), seen.run(), evidence);
    } catch (IOException | RuntimeException e) {
      verdict = Verdict.error("the harness failed: " + e, expectation.kind().name().toLowerCase(), Map.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      verdict = Verdict.error("interrupted", expectation.kind().name().toLowerCase(), Map.of());
    }
    return CaseResults.of(requirement, scenario, harness.client().describe(), verdict, start);
  }

  private static String scenario(OfferCase offerCase) {
    return offerCase.unservable() != null
        ? "hello catcher: a server that records the ClientHello and completes no handshake ("
            + offerCase.offered().replaceFirst("^only ", "") + " cannot be served)"
        : "genuine server offering " + offerCase.offered();
  }

  /**
   * A servable case gets a server that offers exactly its suite or version. An unservable one
   * gets a hello catcher: it answers with the genuine chain, then demands a client certificate
   * and refuses every one, so that no handshake completes whatever the client offered, and the
   * ClientHello is the evidence.
   */
  private ServerConfig config(OfferCase offerCase, StoredCredential credential) {
    ServerConfig.Builder builder =
        ServerConfig.builder(credential.credential())
            .name(offerCase.id())
            .ioTimeout(harness.settings().timeout());
    if (offerCase.unservable() != null) {
      return builder.clientAuth(ClientAuth.NEED, List.of()).clientVerifier(new RefuseEveryClient()).build();
    }
    return builder.protocols(offerCase.serverProtocols()).cipherSuites(offerCase.serverSuites()).build();
  }

  /** The hello catcher's verifier: no client certificate is good enough. */
  private static final class RefuseEveryClient implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      throw new CertificateException("hello catcher: this scenario records the ClientHello and completes no handshake");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      throw new CertificateException("a scenario server trusts no server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
