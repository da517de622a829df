package dev.resync.conformance.harness;

import dev.resync.conformance.catalog.Requirement;
import dev.resync.conformance.catalog.TrustCase;
import dev.resync.conformance.client.ClientMaterial;
import dev.resync.conformance.client.ClientRun;
import dev.resync.conformance.client.ClientUnderTest;
import dev.resync.conformance.client.CommandClient;
import dev.resync.conformance.client.ContainerClient;
import dev.resync.conformance.client.ReferenceClient;
import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.pki.StandInPki;
import dev.resync.conformance.pki.StoredCredential;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Redaction;
import dev.resync.conformance.server.ServerConfig;
import dev.resync.conformance.verdict.ConnectionLog;
import dev.resync.conformance.verdict.Evidence;
import dev.resync.conformance.verdict.TrustJudge;
import dev.resync.conformance.verdict.Verdict;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs client cases against the client under test: stands up the scenario server, lets the
 * client fetch, and judges from what the server saw. One per run; closing it closes the client.
 */
public final class ClientHarness implements AutoCloseable {

  private final RunSettings settings;
  private final StandInPki pki;
  private final ClientMaterial material;
  private final ClientUnderTest client;
  private final ConnectionLog log = new ConnectionLog();

  public ClientHarness(RunSettings settings) {
    this.settings = settings;
    this.pki = new StandInPki(FixtureStore.open(settings.fixtures()));
    this.material = material(pki);
    this.client = clientFor(settings, material, pki);
  }

  public StandInPki pki() {
    return pki;
  }

  public ClientUnderTest client() {
    return client;
  }

  public RunSettings settings() {
    return settings;
  }

  public ClientMaterial material() {
    return material;
  }

  /** Every connection the run's scenario servers saw so far, trust scenarios included. */
  public ConnectionLog log() {
    return log;
  }

  public CaseResult run(TrustCase trustCase) {
    long start = System.nanoTime();
    Requirement requirement = trustCase.requirement();
    String expectedBehaviour = trustCase.genuine() ? "accept" : "reject";
    String notApplicable = trustCase.notApplicableUnder(settings.profile());
    if (notApplicable != null) {
      return result(requirement, trustCase.scenario(), Verdict.notApplicable(notApplicable, expectedBehaviour), start);
    }
    Verdict verdict;
    try {
      StoredCredential credential = trustCase.credential(pki);
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("serverChain", Evidence.chain(credential.credential().chain()));
      ServerConfig config =
          ServerConfig.builder(credential.credential())
              .name(requirement.id())
              .protocols(trustCase.serverProtocols())
              .ioTimeout(TimeBudget.serverReadTimeout(settings.timeout()))
              .build();
      ScenarioFetch.Observation seen =
          ScenarioFetch.run(config, client, profilePath(), settings.timeout(), log, requirement.id());
      evidence.put("serverOffers", Map.of(
          "protocols", seen.serverProtocols(),
          "suites", seen.serverSuites().size() + " suites that authenticate the server"));
      seen.addCountsTo(evidence);
      verdict = TrustJudge.judge(trustCase.genuine(), seen.connections(), seen.run(), evidence);
    } catch (IOException | RuntimeException e) {
      verdict = Verdict.error("the harness failed: " + e, expectedBehaviour, Map.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      verdict = Verdict.error("interrupted", expectedBehaviour, Map.of());
    }
    return result(requirement, trustCase.scenario(), verdict, start);
  }

  /**
   * A client under test may print anything, its private key included ({@code cat {key}}): its
   * words are scrubbed before they reach a verdict's reason, a report or a progress line.
   */
  static ClientRun redacted(ClientRun run) {
    return new ClientRun(run.fetched(), run.exitCode(), run.timedOut(), run.unsupported(),
        Redaction.scrub(run.detail()), run.durationMs());
  }

  String profilePath() {
    return "/profile/" + material.mac() + ".xml";
  }

  private CaseResult result(Requirement requirement, String scenario, Verdict verdict, long start) {
    return CaseResults.of(requirement, scenario, client.describe(), verdict, start);
  }


  static ClientMaterial material(StandInPki pki) {
    StoredCredential root = pki.provisioningRoot();
    StoredCredential device = pki.genuineDevice();
    return new ClientMaterial(
        root.credential().leaf(),
        root.chainPem(),
        device.credential(),
        device.chainPem(),
        device.keyPem(),
        StandInPki.GENUINE_DEVICE.mac());
  }

  private static ClientUnderTest clientFor(RunSettings settings, ClientMaterial material, StandInPki pki) {
    if (settings.client().equals("command")) {
      return new CommandClient(settings.command(), material);
    }
    if (settings.client().equals("container")) {
      return new ContainerClient(settings.image(), settings.command(), material);
    }
    List<java.security.cert.X509Certificate> extraAnchors =
        settings.flaw() == dev.resync.conformance.client.ClientFlaw.TRUSTS_DEVICE_ROOT
            ? List.of(pki.deviceRoot().credential().leaf())
            : List.of();
    return new ReferenceClient(material, settings.profile(), settings.flaw(), extraAnchors);
  }

  @Override
  public void close() {
    client.close();
  }
}
