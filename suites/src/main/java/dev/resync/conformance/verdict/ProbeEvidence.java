package dev.resync.conformance.verdict;

import dev.resync.conformance.probe.ProbeResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one server probe observed, as the plain values a report carries (see {@link Evidence}). */
public final class ProbeEvidence {

  private static final int BODY_SHOWN = 300;

  private ProbeEvidence() {}

  public static Map<String, Object> of(ProbeResult probe) {
    Map<String, Object> map = new LinkedHashMap<>();
    if (!probe.connected()) {
      map.put("connect", probe.connectFailure());
      map.put("durationMs", probe.durationMs());
      return map;
    }
    map.put("handshake", probe.handshakeCompleted() ? "completed" : "failed");
    if (probe.protocol() != null) {
      map.put("negotiatedProtocol", probe.protocol());
      map.put("negotiatedSuite", probe.cipherSuite());
    }
    map.put("serverChain", probe.serverChain().isEmpty() ? "(none received)" : Evidence.chain(probe.serverChain()));
    map.put("certificateRequested", probe.certificateRequested());
    if (probe.certificateRequested()) {
      map.put("requestedAuthorities", probe.requestedAuthorities().stream().map(Evidence::printable).toList());
      map.put("clientCertificatePresented", probe.clientCertificatePresented());
    }
    if (probe.tlsFailure() != null) {
      map.put("tlsFailure", probe.tlsFailure());
    }
    if (probe.alert() != null) {
      map.put("serverAlert", probe.alert());
    }
    if (probe.httpStatus() != 0) {
      map.put("httpStatus", probe.httpStatus());
      map.put("bodyHasProfile", probe.bodyHasProfile());
      String body = probe.body();
      map.put("bodyStart", Evidence.printable(body.length() > BODY_SHOWN ? body.substring(0, BODY_SHOWN) + "..." : body));
    }
    map.put("durationMs", probe.durationMs());
    return map;
  }
}
