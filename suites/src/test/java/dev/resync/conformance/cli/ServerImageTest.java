package dev.resync.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.docker.DockerGate;
import dev.resync.conformance.docker.RequiresDocker;
import dev.resync.conformance.teeth.SuiteRuns;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conformance server --image} end to end: a container certified, its log kept next to the
 * report; a missing image is a usage error (exit 2) naming the build script; a container that
 * does not start is a harness error (exit 3) showing its log.
 */
@RequiresDocker
class ServerImageTest {

  @TempDir Path temp;

  @Test
  void certifiesTheGuidesApacheAndKeepsItsLogNextToTheReport() throws IOException {
    Path reports = temp.resolve("reports");
    CliRun run = CliRun.of("server", "--image", DockerGate.peerImage(), "--port", String.valueOf(freePort()),
        "--config", "apache2-guide", "--only", "S-MTLS", "--only", "S-FILTER",
        "--fixtures", SuiteRuns.FIXTURES.toString(), "--report-dir", reports.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).as("%s", run).contains("CONFORMANT: 8 cases", "Container start to verdict: ");
    Path log = reports.resolve("latest").resolve(ContainerServerRun.LOG_FILE);
    assertThat(log).as("%s", run).isRegularFile();
    // Apache's own words: it started, and it refused the rogue device certificates.
    assertThat(Files.readString(log)).contains("resuming normal operations", "Certificate Verification: Error");
    assertThat(Files.readString(reports.resolve("latest").resolve("report.json")))
        .contains("\"conformance.server.container-log\" : \"container.log\"", "\"conformance.server.config\" : \"apache2-guide\"");
  }

  @Test
  void aMissingImageIsExit2NamingTheBuildScript() {
    CliRun run = CliRun.of("server", "--image", "resync-peer:no-such-tag", "--port", String.valueOf(freePort()),
        "--report-dir", temp.resolve("r").toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    assertThat(run.errLines()).as("%s", run).singleElement().asString().contains("resync-peer:no-such-tag", "docker/build-peer-image.sh");
  }

  @Test
  void aContainerThatDoesNotStartIsExit3WithItsLog() throws IOException {
    Path broken = Files.writeString(temp.resolve("broken-nginx.conf"),
        "events {}\nhttp { server { listen 127.0.0.1:@PORT@ ssl; ssl_certificate @SERVER_CERT@; no_such_directive on; } }\n");
    CliRun run = CliRun.of("server", "--image", DockerGate.peerImage(), "--port", String.valueOf(freePort()),
        "--config", broken.toString(), "--fixtures", SuiteRuns.FIXTURES.toString(), "--report-dir", temp.resolve("r").toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(3);
    assertThat(run.err()).as("%s", run).contains("the server container did not start", "unknown directive \"no_such_directive\"");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
