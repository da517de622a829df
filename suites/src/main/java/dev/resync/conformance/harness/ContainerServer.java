package dev.resync.conformance.harness;

import dev.resync.conformance.container.DockerHost;
import dev.resync.conformance.container.PeerConfigs;
import dev.resync.conformance.container.PeerContainer;
import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.pki.StandInPki;
import dev.resync.conformance.report.Redaction;
import dev.resync.conformance.rogue.CertsExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A provisioning server under test running in a container ({@code conformance server --image}):
 * an nginx or Apache httpd configuration (a built-in one of {@link PeerConfigs} or the user's
 * file, with the same {@code @NAME@} placeholders) filled in with the exported stand-in fixtures,
 * started in a {@link PeerContainer} on the host network, listening on 127.0.0.1:port. The server
 * suites then certify it through an ordinary {@link ServerTarget} URL, {@link #profileRule()}.
 *
 * <p>What goes into the container, under {@value #ROOT} (copied, read-only):
 *
 * <pre>
 * certs/...                 the {@code conformance certs} export; the server uses
 *                           certs/genuine-server/{chain,key}.pem and certs/device-root.pem
 * www/profile/&lt;mac&gt;.xml     one profile per device: the genuine device's and another MAC's
 *                           (so that S-FILTER has something to withhold)
 * nginx.conf | apache2.conf the rendered configuration
 * </pre>
 */
public final class ContainerServer implements AutoCloseable {

  /** Where the fixtures and the configuration go inside the container. */
  public static final String ROOT = "/resync";

  /** Which server the configuration is for: it decides the file name and the command that starts it. */
  public enum Kind {
    NGINX("nginx.conf", "nginx", "-c", ROOT + "/nginx.conf", "-g", "daemon off;"),
    // apache2-foreground (the peer image's) reads Debian's apache2.conf, then ours on top.
    APACHE("apache2.conf", "apache2-foreground", "-c", "Include " + ROOT + "/apache2.conf");

    final String fileName;
    final String[] command;

    Kind(String fileName, String... command) {
      this.fileName = fileName;
      this.command = command;
    }
  }

  /**
   * A configuration to run: its name (a built-in one's, or the user's file), its text with
   * placeholders, and which server it is for.
   */
  public record Config(String name, String template, Kind kind) {

    /** A built-in name ({@link PeerConfigs#BUILT_IN}) or a file; a problem is a {@link ConfigurationException}. */
    public static Config of(String nameOrFile) {
      if (PeerConfigs.BUILT_IN.contains(nameOrFile)) {
        return new Config(nameOrFile, PeerConfigs.template(nameOrFile), nameOrFile.startsWith("apache") ? Kind.APACHE : Kind.NGINX);
      }
      Path file = Path.of(nameOrFile);
      if (!Files.isRegularFile(file)) {
        throw new ConfigurationException("--config: '" + nameOrFile + "' is neither a built-in configuration "
            + PeerConfigs.BUILT_IN + " nor a file");
      }
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException | UncheckedIOException e) {
        throw new ConfigurationException("--config: cannot read " + file + " (" + Inputs.oneLine(e) + ")");
      }
      // The server's own certificate directive tells the two apart.
      Kind kind;
      if (text.contains("SSLCertificateFile")) {
        kind = Kind.APACHE;
      } else if (text.contains("ssl_certificate")) {
        kind = Kind.NGINX;
      } else {
        throw new ConfigurationException("--config: " + file
            + " is neither an Apache httpd (SSLCertificateFile) nor an nginx (ssl_certificate) configuration");
      }
      List<String> unknown = PeerConfigs.placeholders(text).stream().filter(p -> !PLACEHOLDERS.contains(p)).toList();
      if (!unknown.isEmpty()) {
        throw new ConfigurationException("--config: " + file + " uses unknown placeholders "
            + unknown.stream().map(p -> "@" + p + "@").toList() + " (known: " + PLACEHOLDERS.stream().map(p -> "@" + p + "@").toList() + ")");
      }
      return new Config(file.toString(), text, kind);
    }
  }

  /** The placeholders a configuration may use, filled by {@link #start}. */
  public static final List<String> PLACEHOLDERS = List.of("PORT", "SERVER_CERT", "SERVER_KEY", "DEVICE_ROOT", "DOCROOT");

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

  private final PeerContainer container;
  private final Config config;
  private final int port;

  private ContainerServer(PeerContainer container, Config config, int port) {
    this.container = container;
    this.config = config;
    this.port = port;
  }

  /**
   * Exports the fixtures into {@code workDirectory}, renders the configuration and starts the
   * container, waiting until 127.0.0.1:port accepts.
   *
   * @param serverCredential the export entry the server presents: {@code genuine-server} for a
   *     certification; a rogue one (e.g. {@code rogue/self-signed}) to prove the suite catches it
   * @throws ConfigurationException the port is in use, Docker does not answer or the image is missing
   * @throws dev.resync.conformance.container.PeerStartException the container exited or never listened (its log in the message)
   */
  public static ContainerServer start(String image, int port, Config config, Path fixtures, Path workDirectory, String serverCredential)
      throws IOException {
    Objects.requireNonNull(config, "config");
    if (port < 1 || port > 65535) {
      throw new ConfigurationException("--port: " + port + " is not a port (1 to 65535)");
    }
    Inputs.freePort("--port", "127.0.0.1", port);
    if (!DockerHost.available()) {
      throw new ConfigurationException("--image: " + DockerHost.unavailableReason());
    }
    if (!DockerHost.hasImage(image)) {
      String advice = DockerHost.missingImageAdvice(image);
      throw new ConfigurationException("--image: " + advice
          + (advice.contains("build-peer-image.sh") ? "" : "; the local peer image is built by docker/build-peer-image.sh"));
    }
    StandInPki pki = new StandInPki(FixtureStore.open(fixtures));
    Path certs = workDirectory.resolve("certs");
    CertsExporter.export(pki, certs);
    Path chain = certs.resolve(serverCredential).resolve("chain.pem");
    if (!Files.isRegularFile(chain)) {
      throw new IllegalArgumentException("no exported credential '" + serverCredential + "'");
    }
    String mac = StandInPki.GENUINE_DEVICE.mac();
    Path profiles = Files.createDirectories(workDirectory.resolve("www").resolve("profile"));
    for (String device : List.of(mac, ServerHarness.otherMac(mac))) {
      Files.writeString(profiles.resolve(device + ".xml"),
          "<flat-profile>\n  <Station_Name>" + device + "</Station_Name>\n</flat-profile>\n", StandardCharsets.UTF_8);
    }
    String rendered = PeerConfigs.render(config.template(), Map.of(
        "PORT", String.valueOf(port),
        "SERVER_CERT", ROOT + "/certs/" + serverCredential + "/chain.pem",
        "SERVER_KEY", ROOT + "/certs/" + serverCredential + "/key.pem",
        "DEVICE_ROOT", ROOT + "/certs/device-root.pem",
        "DOCROOT", ROOT + "/www"));
    Path configFile = Files.writeString(workDirectory.resolve(config.kind().fileName), rendered, StandardCharsets.UTF_8);

    PeerContainer.Builder builder = PeerContainer.builder(image)
        .file(configFile, ROOT + "/" + config.kind().fileName)
        .file(chain, ROOT + "/certs/" + serverCredential + "/chain.pem")
        .file(certs.resolve(serverCredential).resolve("key.pem"), ROOT + "/certs/" + serverCredential + "/key.pem")
        .file(certs.resolve("device-root.pem"), ROOT + "/certs/device-root.pem")
        .command(config.kind().command)
        .waitForPort(port)
        .startupTimeout(STARTUP_TIMEOUT)
        .label("org.resync.conformance.role", "server-under-test");
    for (String device : List.of(mac, ServerHarness.otherMac(mac))) {
      builder.file(profiles.resolve(device + ".xml"), ROOT + "/www/profile/" + device + ".xml");
    }
    return new ContainerServer(builder.start(), config, port);
  }

  /** The profile rule the server suites certify: {@code https://localhost:port/profile/$MA.xml}. */
  public String profileRule() {
    return "https://localhost:" + port + "/profile/" + ServerTarget.MAC_PLACEHOLDER + ".xml";
  }

  public int port() {
    return port;
  }

  public Config config() {
    return config;
  }

  public PeerContainer container() {
    return container;
  }

  /** From the create request to the port accepting connections. */
  public long startupMillis() {
    return container.startupMillis();
  }

  /** The server's log (its stdout and stderr) so far: the last {@code limit} characters, private keys scrubbed. */
  public String log(int limit) {
    return Redaction.scrub(container.logs(limit));
  }

  /** Stops and removes the container. Idempotent; the log stays readable. */
  @Override
  public void close() {
    container.close();
  }
}
