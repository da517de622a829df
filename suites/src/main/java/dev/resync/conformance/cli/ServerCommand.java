package dev.resync.conformance.cli;

import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.suite.Suites;
import java.nio.file.Path;
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
    })
final class ServerCommand implements Callable<Integer> {

  @Option(names = "--url", paramLabel = "URL", description = "The profile URL, with $MA for the device's MAC (default: the embedded reference server).")
  String url;

  @Option(names = "--trust-anchor", paramLabel = "PEM", description = "Root the server's chain must lead to (default: the stand-in provisioning root).")
  Path trustAnchor;

  @Option(names = "--device-identity", paramLabel = "CERT,KEY",
      description = "A genuine device identity the server trusts, as PEM chain and key; its MAC is read from ST= (default: the stand-in device).")
  String deviceIdentity;

  @Mixin CommonOptions options;

  @Override
  public Integer call() {
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
