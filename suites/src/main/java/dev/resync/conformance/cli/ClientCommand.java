package dev.resync.conformance.cli;

import dev.resync.conformance.client.ClientFlaw;
import dev.resync.conformance.client.CommandTemplate;
import dev.resync.conformance.container.PeerContainer;
import dev.resync.conformance.harness.ConfigurationException;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.suite.Suites;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Client conformance against any client: a command on this machine, or the reference client. */
@Command(
    name = "client",
    mixinStandardHelpOptions = true,
    description = {
      "Check a provisioning CLIENT: stand up the genuine and the rogue scenario servers on",
      "127.0.0.1 and judge, from what each server saw, whether the client accepts only the genuine one;",
      "then servers offering a single cipher suite or speaking a single protocol version, to judge",
      "what the client offers and negotiates against the profile (--profile).",
      "",
      "The command is run once per case through /bin/sh -c, with these placeholders",
      "replaced by shell-quoted values:",
      "  {url}   the profile URL on the scenario server",
      "  {host}  the server's host name (localhost)    {port}  its port",
      "  {ca}    PEM file of the provisioning root the client must trust",
      "  {cert}  PEM file of the device certificate chain   {key}  its private key",
      "  {mac}   the device's MAC, 12 lower-case hex digits",
      "Example: conformance client --cmd 'curl -sf --cacert {ca} {url}'",
      "",
      "With --image IMAGE the command runs inside ONE container of that image (host network,",
      "so localhost is this machine's loopback; the PEM files copied to /resync/ca.pem,",
      "/resync/device-chain.pem, /resync/device-key.pem), one exec per case, killed at the",
      "case timeout; the container is removed at the end. The image needs /bin/sh, sleep and",
      "timeout (coreutils). Docker must run; TESTCONTAINERS_RYUK_DISABLED=true (and, inside",
      "a container, TESTCONTAINERS_HOST_OVERRIDE=localhost) may be needed: the wrapper sets both.",
      "Example: conformance client --image resync-peer:bookworm --cmd 'curl -sf --cacert {ca} {url}'",
      "A client 'accepts' a server when the server sees the handshake complete and an HTTP",
      "request arrive; the command's exit code is kept as evidence.",
    })
final class ClientCommand implements Callable<Integer> {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--cmd", paramLabel = "TEMPLATE", description = "A client command with placeholders (see above).")
    String command;

    @Option(names = "--reference", description = "The embedded reference client (what 'run' checks).")
    boolean reference;
  }

  @Option(names = "--image", paramLabel = "IMAGE",
      description = "With --cmd: run the command inside a container of this image (the local peer image is "
          + PeerContainer.DEFAULT_IMAGE + ", built by docker/build-peer-image.sh).")
  String image;

  @Option(names = "--flaw", paramLabel = "FLAW",
      description = "With --reference: break the reference client on purpose, to see the suite catch it: ${COMPLETION-CANDIDATES}.")
  ClientFlaw flaw = ClientFlaw.NONE;

  @Mixin CommonOptions options;

  @Override
  public Integer call() {
    Map<String, String> parameters = new LinkedHashMap<>();
    String command;
    if (target.command != null) {
      try {
        CommandTemplate.parse(target.command); // fails early, with the placeholder named
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException("--cmd: " + e.getMessage());
      }
      parameters.put(RunSettings.CLIENT, image == null ? "command" : "container");
      parameters.put(RunSettings.COMMAND, target.command);
      command = "conformance client --cmd '" + target.command + "'";
      if (image != null) {
        parameters.put(RunSettings.IMAGE, image);
        command = "conformance client --image " + image + " --cmd '" + target.command + "'";
      }
    } else {
      parameters.put(RunSettings.CLIENT, "reference");
      parameters.put(RunSettings.FLAW, flaw.name());
      command = "conformance client --reference" + (flaw == ClientFlaw.NONE ? "" : " --flaw " + flaw);
    }
    if (image != null && target.command == null) {
      throw new ConformanceCli.UsageProblem("--image needs --cmd: the command to run inside the container");
    }
    if (flaw != ClientFlaw.NONE && target.command != null) {
      throw new ConformanceCli.UsageProblem("--flaw applies to --reference only");
    }
    RunSettings settings = options.settings(parameters);
    return SuiteRun.run(settings, Suites.CLIENT, command, options.reportRoot());
  }
}
