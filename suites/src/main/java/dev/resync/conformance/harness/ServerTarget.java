package dev.resync.conformance.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The server under test, as configuration: a URL whose {@code $MA} is expanded with the
 * device's MAC (as a phone expands its profile rule), the trust anchor its chain must lead to,
 * and a genuine device identity it trusts. Each null means the stand-in default: no URL runs the
 * embedded reference provisioning server, no anchor the stand-in provisioning root, no identity
 * the stand-in genuine device.
 */
public record ServerTarget(String url, Path trustAnchor, Path deviceCertificate, Path deviceKey) {

  public static final String URL = "conformance.server.url";
  public static final String TRUST_ANCHOR = "conformance.server.trust-anchor";
  public static final String DEVICE_IDENTITY = "conformance.server.device-identity";

  public static final String MAC_PLACEHOLDER = "$MA";

  public boolean embedded() {
    return url == null;
  }

  static ServerTarget from(Function<String, Optional<String>> parameters) {
    String url = parameters.apply(URL).filter(s -> !s.isBlank()).orElse(null);
    if (url != null && !url.startsWith("https://")) {
      throw new ConfigurationException("--url: the server must be an https:// URL, got '" + url + "'");
    }
    Path anchor = parameters.apply(TRUST_ANCHOR).filter(s -> !s.isBlank()).map(Path::of).orElse(null);
    if (anchor != null && !Files.isRegularFile(anchor)) {
      throw new ConfigurationException("--trust-anchor: no such file " + anchor);
    }
    Path certificate = null;
    Path key = null;
    Optional<String> identity = parameters.apply(DEVICE_IDENTITY).filter(s -> !s.isBlank());
    if (identity.isPresent()) {
      String[] parts = identity.get().split(",", -1);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new ConfigurationException("--device-identity: expected CERT,KEY (two PEM files), got '" + identity.get() + "'");
      }
      certificate = Path.of(parts[0].trim());
      key = Path.of(parts[1].trim());
      for (Path file : new Path[] {certificate, key}) {
        if (!Files.isRegularFile(file)) {
          throw new ConfigurationException("--device-identity: no such file " + file);
        }
      }
    }
    return new ServerTarget(url, anchor, certificate, key);
  }

  Map<String, String> toParameters() {
    Map<String, String> map = new LinkedHashMap<>();
    if (url != null) {
      map.put(URL, url);
    }
    if (trustAnchor != null) {
      map.put(TRUST_ANCHOR, trustAnchor.toString());
    }
    if (deviceCertificate != null) {
      map.put(DEVICE_IDENTITY, deviceCertificate + "," + deviceKey);
    }
    return map;
  }
}
