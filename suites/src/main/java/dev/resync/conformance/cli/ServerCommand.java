package dev.resync.conformance.cli;

import dev.resync.conformance.container.PeerConfigs;
import dev.resync.conformance.container.PeerContainer;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.suite.Suites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Server certification against a running provisioning server. */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    description = {
      "Certify a provisioning SERVER: probe its chain (S-CHAIN), its cipher suites and versions",
      "(S-CIPHER, S-PROTO), its demand for a valid device certificate (S-MTLS) and its per-device",
      "filtering (S-FILTER).",
      "",
      "$MA in the URL is replaced by the device's MAC, as a phone expands its profile rule;",
      "S-FILTER puts another MAC there. Quote the URL so that the shell leaves $MA alone:",
      "  conformance server --url 'https://prov.example.com:8443/profile/$MA.xml' \\",
      "      --trust-anchor vendor-root.pem --device-identity phone.pem,phone.key",
      "Without --url, the embedded reference provisioning server is certified.",
      "",
      "With --image IMAGE --port N, the server runs in a container of that image (host network,",
      "listening on 127.0.0.1:N) with a configuration (--config: a built-in one, or a file with",
      "the placeholders @PORT@ @SERVER_CERT@ @SERVER_KEY@ @DEVICE_ROOT@ @DOCROOT@) filled in with",
      "the stand-in fixtures; it is certified at https://localhost:N/profile/$MA.xml, then removed.",
      "Its log is kept as container.log next to report.json.",
      "  conformance server --image resync-peer:bookworm --port 8443 --config nginx-guide",
    })
final class ServerCommand implements Callable<Integer> {

  @Option(names = "--url", paramLabel = "URL", description = "The profile URL, with $MA for the device's MAC (default: the embedded reference server).")
  String url;

  @Option(names = "--trust-anchor", paramLabel = "PEM", description = "Root the server's chain must lead to (default: the stand-in provisioning root).")
  Path trustAnchor;

  @Option(names = "--device-identity", paramLabel = "CERT,KEY",
      description = "A genuine device identity the server trusts, as PEM chain and key; its MAC is read from ST= (default: the stand-in device).")
  String deviceIdentity;

  @Option(names = "--image", paramLabel = "IMAGE",
      description = "Run the server in a container of this image (the local peer image, with nginx and apache2, is "
          + PeerContainer.DEFAULT_IMAGE + ", built by docker/build-peer-image.sh).")
  String image;

  @Option(names = "--port", paramLabel = "N", description = "With --image: the port the server listens on, on 127.0.0.1.")
  Integer port;

  @Option(names = "--config", paramLabel = "NAME|FILE",
      description = "With --image: ${COMPLETION-CANDIDATES}, or an nginx or Apache httpd configuration file (default: "
          + ContainerServerRun.DEFAULT_CONFIG + ").",
      completionCandidates = BuiltInConfigs.class)
  String config;

  static final class BuiltInConfigs extends ArrayList<String> {
    BuiltInConfigs() {
      super(PeerConfigs.BUILT_IN);
    }
  }

  @Mixin CommonOptions options;

  @Override
  public Integer call() {
    if (image != null) {
      if (url != null || trustAnchor != null || deviceIdentity != null) {
        throw new ConformanceCli.UsageProblem(
            "--image runs the server with the stand-in fixtures: --url, --trust-anchor and --device-identity do not apply");
      }
      if (port == null) {
        throw new ConformanceCli.UsageProblem("--image needs --port N: the port the server listens on, on 127.0.0.1");
      }
      return ContainerServerRun.certify(image, port, config, options);
    }
    if (port != null || config != null) {
      throw new ConformanceCli.UsageProblem("--port and --config apply to --image only");
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put(RunSettings.CLIENT, "reference");
    StringBuilder command = new StringBuilder("conformance server");
    if (url != null) {
      parameters.put(RunSettings.SERVER_URL, url);
      command.append(" --url '").append(url).append("'");
    }
    if (trustAnchor != null) {
      parameters.put(RunSettings.SERVER_TRUST_ANCHOR, trustAnchor.toString());
      command.append(" --trust-anchor ").append(trustAnchor);
    }
    if (deviceIdentity != null) {
      parameters.put(RunSettings.SERVER_DEVICE_IDENTITY, deviceIdentity);
      command.append(" --device-identity ").append(deviceIdentity);
    }
    RunSettings settings = options.settings(parameters);
    return SuiteRun.run(settings, Suites.SERVER, command.toString(), options.reportRoot());
  }
}
