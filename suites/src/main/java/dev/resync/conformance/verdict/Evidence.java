package dev.resync.conformance.verdict;

import dev.resync.conformance.client.ClientRun;
import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.server.ConnectionRecord;
import dev.resync.conformance.tls.ClientHello;
import dev.resync.conformance.tls.TlsTranscript;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns observations into the plain maps and lists a report carries, so that a reader can check
 * a verdict without rerunning it. Never includes key material: certificates are summarised,
 * private keys never reach this class.
 */
public final class Evidence {

  private Evidence() {}

  public static List<Map<String, Object>> chain(List<X509Certificate> chain) {
    return chain.stream().map(Evidence::certificate).toList();
  }

  public static Map<String, Object> certificate(X509Certificate certificate) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("subject", printable(certificate.getSubjectX500Principal().getName()));
    map.put("issuer", printable(certificate.getIssuerX500Principal().getName()));
    map.put("notBefore", certificate.getNotBefore().toInstant().toString());
    map.put("notAfter", certificate.getNotAfter().toInstant().toString());
    map.put("key", key(certificate));
    map.put("signature", certificate.getSigAlgName());
    map.put("ca", certificate.getBasicConstraints() >= 0);
    try {
      map.put("sha256", FixtureStore.sha256(certificate.getEncoded()));
    } catch (CertificateEncodingException e) {
      map.put("sha256", "unencodable: " + e.getMessage());
    }
    return map;
  }

  public static String key(X509Certificate certificate) {
    if (certificate.getPublicKey() instanceof RSAPublicKey rsa) {
      return "RSA-" + rsa.getModulus().bitLength();
    }
    return certificate.getPublicKey().getAlgorithm();
  }

  /** What one connection showed, in the order it happened. */
  public static Map<String, Object> connection(ConnectionRecord record) {
    Map<String, Object> map = new LinkedHashMap<>();
    TlsTranscript wire = record.transcript();
    map.put("connection", record.index());
    ClientHello hello = wire.clientHello();
    if (hello != null) {
      map.put("offeredVersions", hello.offeredVersions());
      map.put("offeredSuites", hello.cipherSuiteNames());
      map.put("sni", hello.serverName() == null ? "(none)" : hello.serverName());
    } else {
      map.put("clientHello", wire.clientProblem());
    }
    map.put("serverSent", wire.serverMessages());
    map.put("serverCertificateSent", wire.serverCertificateSent());
    map.put("handshake", record.handshakeCompleted() ? "completed" : "failed");
    if (record.protocol() != null) {
      map.put("negotiatedProtocol", record.protocol());
      map.put("negotiatedSuite", record.cipherSuite());
    }
    if (!record.clientChain().isEmpty()) {
      map.put("clientCertificate", chain(record.clientChain()));
    } else if (wire.clientCertificateMessage()) {
      map.put("clientCertificate", "sent (not verified)");
    }
    if (wire.clientAlert() != null) {
      map.put("clientAlert", wire.clientAlert());
    } else if (record.receivedAlert() != null) {
      map.put("clientAlert", record.receivedAlert());
    }
    if (record.failure() != null) {
      map.put("serverSideError", record.failure());
    }
    map.put("httpRequest", record.requestLine() == null ? "(none)" : record.requestLine());
    if (record.responseStatus() != 0) {
      map.put("httpStatus", record.responseStatus());
    }
    map.put("bytes", "client " + wire.clientBytes() + ", server " + wire.serverBytes());
    map.put("durationMs", record.durationMs());
    return map;
  }

  public static Map<String, Object> client(ClientRun run) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("fetched", run.fetched());
    if (run.exitCode() != null) {
      map.put("exitCode", run.exitCode());
    }
    map.put("timedOut", run.timedOut());
    if (run.unsupported() != null) {
      map.put("unsupported", run.unsupported());
    }
    map.put("said", run.detail());
    map.put("durationMs", run.durationMs());
    return map;
  }

  /** Control characters (a NUL in a rogue name) shown as escapes, never raw. */
  public static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c < 0x20 || c == 0x7F) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
