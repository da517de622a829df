package dev.resync.conformance.harness;

import dev.resync.conformance.catalog.AccessCase;
import dev.resync.conformance.catalog.ChainCase;
import dev.resync.conformance.catalog.NegotiationCase;
import dev.resync.conformance.catalog.Requirement;
import dev.resync.conformance.catalog.ServerNegotiationCases;
import dev.resync.conformance.pki.Credential;
import dev.resync.conformance.pki.DeviceIdentity;
import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.pki.Pem;
import dev.resync.conformance.pki.StandInPki;
import dev.resync.conformance.probe.ProbeRequest;
import dev.resync.conformance.probe.ProbeResult;
import dev.resync.conformance.probe.TlsProbe;
import dev.resync.conformance.provisioning.ProvisioningServer;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.verdict.AccessJudge;
import dev.resync.conformance.verdict.ChainJudge;
import dev.resync.conformance.verdict.Evidence;
import dev.resync.conformance.verdict.NegotiationJudge;
import dev.resync.conformance.verdict.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs server cases against the server under test: the URL of {@link ServerTarget}, or the
 * embedded reference provisioning server, started once per run and closed with the harness.
 * Probes are {@link TlsProbe} connections; the S-CHAIN cases share one (a server shows the same
 * chain to everyone), which is also the control for refusals: a server that completes no
 * handshake with the genuine device offering everything shows nothing by refusing one suite.
 */
public final class ServerHarness implements AutoCloseable {

  private final RunSettings settings;
  private final StandInPki pki;
  private final ProvisioningServer embedded;
  private final String urlTemplate;
  private final List<X509Certificate> anchors;
  private final Credential device;
  private final String mac;
  private ProbeResult chainProbe;

  public ServerHarness(RunSettings settings) {
    this.settings = settings;
    this.pki = new StandInPki(FixtureStore.open(settings.fixtures()));
    ServerTarget target = settings.server();
    this.anchors = target.trustAnchor() == null
        ? List.of(pki.provisioningRoot().credential().leaf())
        : Pem.readCertificates(target.trustAnchor());
    this.device = target.deviceCertificate() == null
        ? pki.genuineDevice().credential()
        : Pem.readCredential(target.deviceCertificate(), target.deviceKey());
    this.mac = DeviceIdentity.of(device.leaf())
        .map(DeviceIdentity::mac)
        .filter(DeviceIdentity::isDeviceMac)
        .orElseThrow(() -> new ConfigurationException(
            "--device-identity: the certificate subject has no ST=<mac> (12 lower-case hex digits): "
                + device.leaf().getSubjectX500Principal().getName()));
    if (target.embedded()) {
      try {
        this.embedded = ProvisioningServer.start(
            pki.genuineServer().credential(), List.of(pki.deviceRoot().credential().leaf()), settings.profile(), "127.0.0.1", 0);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the reference provisioning server: " + e.getMessage(), e);
      }
      this.urlTemplate = embedded.profileRule();
    } else {
      this.embedded = null;
      this.urlTemplate = target.url();
    }
  }

  /** One line naming the server under test, for reports. */
  public String describe() {
    return "server " + urlTemplate + (embedded != null ? " (embedded reference provisioning server)" : "");
  }

  public RunSettings settings() {
    return settings;
  }

  /** The cases of S-CIPHER and S-PROTO under this run's profile, for what this probe can offer. */
  public List<NegotiationCase> negotiationCases() {
    return ServerNegotiationCases.of(settings.profile(), TlsProbe.supportedSuites(), TlsProbe.supportedProtocols());
  }

  public CaseResult run(ChainCase chainCase) {
    long start = System.nanoTime();
    ProbeResult probe = chainProbe();
    URI url = url(mac);
    Verdict verdict = ChainJudge.judge(chainCase, probe, anchors, url.getHost(), settings.profile());
    return CaseResults.of(chainCase.requirement(), "the chain presented to the genuine device at " + url, describe(), verdict, start);
  }

  public CaseResult run(NegotiationCase negotiation) {
    long start = System.nanoTime();
    Requirement requirement = negotiation.requirement();
    String scenario = "a probe offering only " + negotiation.subject();
    if (negotiation.notProbeable() != null) {
      return CaseResults.of(requirement, scenario, describe(),
          Verdict.notApplicable(negotiation.notProbeable(), negotiation.mustAccept() ? "accept" : "refuse"), start);
    }
    ProbeRequest base = ProbeRequest.get(url(mac), device, settings.timeout());
    ProbeRequest request = negotiation.kind() == NegotiationCase.Kind.SUITE
        ? base.offering(ServerNegotiationCases.versionsFor(negotiation.subject(), TlsProbe.supportedProtocols()), negotiation.offer())
        : base.offering(negotiation.offer(), List.of());
    return CaseResults.of(requirement, scenario, describe(), NegotiationJudge.judge(negotiation, TlsProbe.run(request), this::chainProbe), start);
  }

  public CaseResult run(AccessCase access) {
    long start = System.nanoTime();
    Map<String, Object> context = new LinkedHashMap<>();
    String asked = mac;
    if (access.otherDevice()) {
      if (!urlTemplate.contains(ServerTarget.MAC_PLACEHOLDER)) {
        return CaseResults.of(access.requirement(), access.scenario(), describe(), Verdict.error(
            "the URL has no " + ServerTarget.MAC_PLACEHOLDER + " to put another device's MAC in: " + urlTemplate,
            "refused", Map.of()), start);
      }
      asked = otherMac(mac);
      context.put("certificateMac", mac);
      context.put("requestedMac", asked);
    }
    Credential presented = switch (access.presenting()) {
      case GENUINE -> device;
      case NONE -> null;
      case ROGUE -> access.recipe().credential(pki).credential();
    };
    if (presented != null) {
      context.put("presented", Evidence.chain(presented.chain()));
    }
    URI url = url(asked);
    context.put("url", url.toString());
    ProbeResult probe = TlsProbe.run(ProbeRequest.get(url, presented, settings.timeout()));
    return CaseResults.of(access.requirement(), access.scenario(), describe(), AccessJudge.judge(access, probe, context), start);
  }

  private synchronized ProbeResult chainProbe() {
    if (chainProbe == null) {
      chainProbe = TlsProbe.run(ProbeRequest.get(url(mac), device, settings.timeout()));
    }
    return chainProbe;
  }

  URI url(String deviceMac) {
    return URI.create(urlTemplate.replace(ServerTarget.MAC_PLACEHOLDER, deviceMac));
  }

  /** The MAC with its last hex digit changed: another device of the same vendor block. */
  static String otherMac(String mac) {
    char last = mac.charAt(mac.length() - 1);
    char other = last == 'f' ? '0' : Character.forDigit(Character.digit(last, 16) + 1, 16);
    return mac.substring(0, mac.length() - 1) + other;
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
