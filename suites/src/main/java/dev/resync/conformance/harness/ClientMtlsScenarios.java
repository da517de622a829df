package dev.resync.conformance.harness;

import dev.resync.conformance.catalog.ClientMtlsCase;
import dev.resync.conformance.catalog.ClientMtlsCase.Kind;
import dev.resync.conformance.catalog.Requirement;
import dev.resync.conformance.pki.StandInPki;
import dev.resync.conformance.pki.StoredCredential;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.server.ClientAuth;
import dev.resync.conformance.server.ServerConfig;
import dev.resync.conformance.verdict.ClientCertificateJudge;
import dev.resync.conformance.verdict.Evidence;
import dev.resync.conformance.verdict.Verdict;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs C-MTLS cases with the run's {@link ClientHarness}: a scenario server that requires a
 * client certificate (naming the device root, or an unrelated CA), the client fetches, and
 * {@link ClientCertificateJudge} decides from what the server saw.
 */
public final class ClientMtlsScenarios {


  private ClientMtlsScenarios() {}

  public static CaseResult run(ClientHarness harness, ClientMtlsCase mtlsCase) {
    long start = System.nanoTime();
    Requirement requirement = mtlsCase.requirement();
    RunSettings settings = harness.settings();
    String target = harness.client().describe();
    String notApplicable = mtlsCase.notApplicableUnder(settings.profile());
    if (notApplicable != null) {
      return CaseResults.of(requirement, mtlsCase.scenario(), target, Verdict.notApplicable(notApplicable, "withhold"), start);
    }
    Verdict verdict;
    try {
      StandInPki pki = harness.pki();
      StoredCredential credential = mtlsCase.kind() == Kind.ROGUE_SERVER ? mtlsCase.recipe().credential(pki) : pki.genuineServer();
      X509Certificate deviceRoot = pki.deviceRoot().credential().leaf();
      List<X509Certificate> authorities =
          mtlsCase.kind() == Kind.FOREIGN_AUTHORITIES ? List.of(pki.unrelatedRoot().credential().leaf()) : List.of(deviceRoot);
      ServerConfig config =
          ServerConfig.builder(credential.credential())
              .name(requirement.id())
              .protocols(mtlsCase.kind() == Kind.ROGUE_SERVER ? mtlsCase.recipe().serverProtocols() : List.of())
              .clientAuth(ClientAuth.NEED, authorities)
              .ioTimeout(settings.timeout())
              .build();
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("serverChain", Evidence.chain(credential.credential().chain()));
      evidence.put("certificateRequestNames", authorities.stream().map(a -> a.getSubjectX500Principal().getName()).toList());
      ScenarioFetch.Observation seen = ScenarioFetch.run(
          config, harness.client(), harness.profilePath(), settings.timeout(), harness.log(), requirement.id());
      seen.addCountsTo(evidence);
      verdict = ClientCertificateJudge.judge(
          mtlsCase, seen.connections(), seen.offeredClientChains(), seen.run(), deviceRoot, settings.profile(), evidence);
    } catch (IOException | RuntimeException e) {
      verdict = Verdict.error("the harness failed: " + e, "see the requirement", Map.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      verdict = Verdict.error("interrupted", "see the requirement", Map.of());
    }
    return CaseResults.of(requirement, mtlsCase.scenario(), target, verdict, start);
  }
}
