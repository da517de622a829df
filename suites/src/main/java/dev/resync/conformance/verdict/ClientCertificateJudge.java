package dev.resync.conformance.verdict;

import dev.resync.conformance.catalog.ClientMtlsCase;
import dev.resync.conformance.client.ClientRun;
import dev.resync.conformance.pki.DeviceIdentity;
import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.server.ConnectionRecord;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides C-MTLS cases from what the scenario server saw of the client's certificate. A client
 * certificate counts as sent when either witness saw it: the server's certificate check (called
 * as soon as the client's Certificate message arrives, whatever follows, in every version), or
 * the wire (before TLS 1.3 the client's Certificate travels in the clear, after the server's
 * flight). "Withheld" counts only when the server's CertificateRequest went out first; else the
 * client was never asked, and that is an ERROR.
 */
public final class ClientCertificateJudge {

  private ClientCertificateJudge() {}

  /**
   * @param offered the chains the server's certificate check received, in order
   * @param deviceRoot the root a device certificate must chain to
   */
  public static Verdict judge(
      ClientMtlsCase mtlsCase, List<ConnectionRecord> connections, List<List<X509Certificate>> offered,
      ClientRun run, X509Certificate deviceRoot, Profile profile, Map<String, Object> context) {
    Map<String, Object> evidence = new LinkedHashMap<>(context);
    List<Map<String, Object>> seen = new ArrayList<>();
    boolean asked = false;
    boolean judgedServer = false;
    boolean inClear = false;
    ConnectionRecord accepted = null;
    for (ConnectionRecord record : connections) {
      Map<String, Object> entry = Evidence.connection(record);
      entry.put("fate", ConnectionFate.of(record).name());
      seen.add(entry);
      asked |= askedIn(record);
      judgedServer |= record.certificateSent();
      inClear |= record.transcript().clientCertificateMessage();
      if (record.accepted() && accepted == null) {
        accepted = record;
      }
    }
    List<X509Certificate> chain = offered.stream().filter(c -> !c.isEmpty()).findFirst().orElse(List.of());
    boolean sent = !chain.isEmpty() || inClear;
    evidence.put("connections", seen);
    evidence.put("clientCertificateSent", sent);
    if (!chain.isEmpty()) {
      evidence.put("clientChain", Evidence.chain(chain));
    }
    if (inClear) {
      evidence.put("clientCertificateInClear", "the client's Certificate message crossed the wire unencrypted (TLS 1.2 or older)");
    }
    evidence.put("client", Evidence.client(run));
    Outcome broken = Outcomes.broken(mtlsCase.requirement().level());
    String expected = expected(mtlsCase, profile);
    if (connections.isEmpty()) {
      return Verdict.error("the client never connected to the scenario server (" + run.summary() + ")", expected, evidence);
    }
    // A client that left after the server's Certificate, before the server could ask, has
    // judged the server without sending anything: that settles the rogue-server case.
    boolean decided = mtlsCase.kind() == ClientMtlsCase.Kind.ROGUE_SERVER ? judgedServer : asked;
    if (!decided && !sent) {
      return Verdict.error(mtlsCase.kind() == ClientMtlsCase.Kind.ROGUE_SERVER
          ? "the handshake ended before the server's Certificate was sent, so the client never judged the server"
          : "the handshake ended before the server's CertificateRequest was sent, so the client was never asked",
          expected, evidence);
    }
    String actual = sent ? "sent a certificate" + (chain.isEmpty() ? "" : ": " + subject(chain)) : "sent no certificate";
    return switch (mtlsCase.kind()) {
      case GENUINE_REQUEST -> {
        if (!sent) {
          yield new Verdict(broken, "the client presented no certificate to the genuine server that asked for one", expected, actual, evidence);
        }
        String problem = chain.isEmpty() ? "the certificate could not be read" : ChainPaths.problem(chain, List.of(deviceRoot), new Date());
        if (problem != null) {
          yield new Verdict(broken, "the client's certificate does not chain to the device root: " + problem, expected, actual, evidence);
        }
        if (accepted == null) {
          yield new Verdict(broken, "the client presented its certificate but never asked for its profile", expected, actual, evidence);
        }
        yield new Verdict(Outcome.PASS, "the client authenticated with its device certificate and sent '" + accepted.requestLine() + "'",
            expected, actual, evidence);
      }
      case DEVICE_FORMAT -> {
        if (chain.isEmpty()) {
          yield new Verdict(broken, "the client presented no readable certificate", expected, actual, evidence);
        }
        var device = DeviceIdentity.of(chain.get(0));
        yield device.isPresent() && device.get().wellFormed()
            ? new Verdict(Outcome.PASS, "the subject has the device format (MAC " + device.get().mac() + ")", expected, actual, evidence)
            : new Verdict(broken, "the subject lacks the device format OU=<product>, L=<serial>, ST=<12 lower-case hex MAC>",
                expected, actual, evidence);
      }
      case ROGUE_SERVER -> sent
          ? new Verdict(broken, "the client sent its device certificate to a rogue server: it leaks the device's identity",
              expected, actual, evidence)
          : new Verdict(Outcome.PASS, "the client rejected the rogue server without sending its certificate", expected, actual, evidence);
      case FOREIGN_AUTHORITIES -> {
        String rule = profile.foreignCertificateRequest();
        boolean ok = rule.equals("either") || (rule.equals("present") == sent);
        yield ok
            ? new Verdict(Outcome.PASS, "the client " + actual + " (profile " + profile.name() + ": " + rule + ")", expected, actual, evidence)
            : new Verdict(broken, "the client " + actual + ", but profile " + profile.name() + " says " + rule, expected, actual, evidence);
      }
    };
  }

  /** The server asked: its CertificateRequest is in its clear flight, or (TLS 1.3) its encrypted flight left. */
  private static boolean askedIn(ConnectionRecord record) {
    return record.transcript().serverMessages().contains("CertificateRequest")
        || (record.transcript().serverVersion() == 0x0304 && record.transcript().serverCertificateSent());
  }

  private static String expected(ClientMtlsCase mtlsCase, Profile profile) {
    return switch (mtlsCase.kind()) {
      case GENUINE_REQUEST -> "presents a chain to the device root, completes the handshake, requests its profile";
      case DEVICE_FORMAT -> "presents a certificate with subject OU=<product>, L=<serial>, ST=<mac>";
      case ROGUE_SERVER -> "rejects the server without sending any certificate";
      case FOREIGN_AUTHORITIES -> switch (profile.foreignCertificateRequest()) {
        case "present" -> "sends its device certificate anyway";
        case "either" -> "either (recorded)";
        default -> "sends no certificate";
      };
    };
  }

  private static String subject(List<X509Certificate> chain) {
    return Evidence.printable(chain.get(0).getSubjectX500Principal().getName());
  }
}
