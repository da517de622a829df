package dev.resync.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conformance server --image}: the option problems found before any container starts,
 * each exit 2 with one line. No Docker needed.
 */
class ServerImageOptionsTest {

  @TempDir Path temp;

  @Test
  void aPortInUseIsOneLineAndExit2() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of("server", "--image", "resync-peer:bookworm", "--port", String.valueOf(taken.getLocalPort()),
          "--report-dir", temp.resolve("r").toString());
      assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
      assertThat(run.errLines()).as("%s", run).singleElement().asString()
          .contains("--port: cannot listen on 127.0.0.1:" + taken.getLocalPort(), "is the port in use?");
    }
  }

  @Test
  void imageNeedsAPort() {
    CliRun run = CliRun.of("server", "--image", "resync-peer:bookworm");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    assertThat(run.errLines()).as("%s", run).singleElement().asString().contains("--image needs --port N");
  }

  @Test
  void imageExcludesTheOptionsOfARealServer() {
    CliRun run = CliRun.of("server", "--image", "resync-peer:bookworm", "--port", "18443", "--url", "https://localhost/$MA.xml");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    assertThat(run.errLines()).as("%s", run).singleElement().asString().contains("--url, --trust-anchor and --device-identity do not apply");
  }

  @Test
  void anUnknownConfigurationNamesTheBuiltInOnes() {
    CliRun run = CliRun.of("server", "--image", "resync-peer:bookworm", "--port", "18443", "--config", "nginx-best");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    assertThat(run.errLines()).as("%s", run).singleElement().asString()
        .contains("'nginx-best' is neither a built-in configuration", "apache2-guide", "nginx-verify-optional");
  }

  @Test
  void portAndConfigApplyToImageOnly() {
    CliRun run = CliRun.of("server", "--port", "18443");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    assertThat(run.errLines()).as("%s", run).singleElement().asString().contains("--port and --config apply to --image only");
  }
}
