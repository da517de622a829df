package dev.resync.conformance.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.docker.DockerGate;
import dev.resync.conformance.docker.RequiresDocker;
import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.pki.StandInPki;
import dev.resync.conformance.teeth.SuiteRuns;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's Apache configuration (PeerConfigs "apache2-guide") really does what the guide
 * says, checked with curl on this machine: the genuine device gets its own profile, not another
 * device's, and nothing without a device certificate. The server suite builds on this peer.
 */
@RequiresDocker
class ApacheGuideConfigTest {

  private static final String OTHER_MAC = "000e08ffffff";

  @Test
  void servesEachDeviceOnlyItsOwnProfileAndNothingWithoutADeviceCertificate(@TempDir Path dir) throws Exception {
    StandInPki pki = new StandInPki(FixtureStore.open(SuiteRuns.FIXTURES));
    String mac = StandInPki.GENUINE_DEVICE.mac();
    int port = freePort();
    Path config = Files.writeString(dir.resolve("apache2.conf"), PeerConfigs.render(PeerConfigs.template("apache2-guide"), Map.of(
        "PORT", String.valueOf(port),
        "SERVER_CERT", "/resync/server-chain.pem",
        "SERVER_KEY", "/resync/server-key.pem",
        "DEVICE_ROOT", "/resync/device-root.pem",
        "DOCROOT", "/resync/www")));
    Path own = Files.writeString(dir.resolve("own.xml"), "<flat-profile><Device>" + mac + "</Device></flat-profile>\n");
    Path other = Files.writeString(dir.resolve("other.xml"), "<flat-profile/>\n");

    try (PeerContainer apache = PeerContainer.builder(DockerGate.peerImage())
        .file(config, "/resync/apache2.conf")
        .file(pki.genuineServer().chainPem(), "/resync/server-chain.pem")
        .file(pki.genuineServer().keyPem(), "/resync/server-key.pem")
        .file(pki.deviceRoot().chainPem(), "/resync/device-root.pem")
        .file(own, "/resync/www/profile/" + mac + ".xml")
        .file(other, "/resync/www/profile/" + OTHER_MAC + ".xml")
        .command("apache2-foreground", "-c", "Include /resync/apache2.conf")
        .waitForPort(port)
        .startupTimeout(Duration.ofSeconds(30))
        .start()) {
      String ca = pki.provisioningRoot().chainPem().toString();
      String cert = pki.genuineDevice().chainPem().toString();
      String key = pki.genuineDevice().keyPem().toString();
      String base = "https://localhost:" + port + "/profile/";
      System.out.printf("[timing] apache2-guide in %s: started and listening in %d ms%n", apache.image(), apache.startupMillis());

      Curl genuine = curl("--cacert", ca, "--cert", cert, "--key", key, base + mac + ".xml");
      assertThat(genuine.status()).as("%s%nlog: %s", genuine, apache.logs(2000)).isEqualTo("200");
      assertThat(genuine.body()).as("%s", genuine).contains("<Device>" + mac);

      Curl otherDevice = curl("--cacert", ca, "--cert", cert, "--key", key, base + OTHER_MAC + ".xml");
      assertThat(otherDevice.status()).as("%s", otherDevice).isEqualTo("403");

      Curl anonymous = curl("--cacert", ca, base + mac + ".xml");
      assertThat(anonymous.body()).as("%s", anonymous).doesNotContain("flat-profile");
      assertThat(anonymous.status()).as("%s", anonymous).isEqualTo("000");
      assertThat(anonymous.exitCode()).as("%s: TLS 1.3 'certificate required' alert is curl exit 56", anonymous).isNotZero();
    }
  }

  /** @param status the HTTP status, 000 when there was no HTTP answer */
  record Curl(List<String> command, int exitCode, String status, String body) {}

  /** Host curl, loopback only: the body, then the status on a line of its own. */
  private static Curl curl(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("curl", "-sS", "--noproxy", "*", "--max-time", "10", "-w", "\\n%{http_code}"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("curl hung: " + command);
    }
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    int cut = text.lastIndexOf('\n');
    return new Curl(command, process.exitValue(), text.substring(cut + 1), cut < 0 ? "" : text.substring(0, cut));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
