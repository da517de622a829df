package dev.resync.conformance.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.resync.conformance.docker.DockerGate;
import dev.resync.conformance.docker.RequiresDocker;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;

/** The container lifecycle every peer shares: files in, bounded exec, port wait, logs, removal. */
@RequiresDocker
class PeerContainerTest {

  @Test
  void copiesFilesInReadOnlyAndRemovesTheContainerOnClose(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
    String id;
    try (PeerContainer peer = PeerContainer.builder(DockerGate.peerImage()).file(file, "/resync/ca.pem").start()) {
      id = peer.id();
      ExecResult result = peer.exec("cat /resync/ca.pem && stat -c %a /resync/ca.pem", Duration.ofSeconds(10));
      assertThat(result.succeeded()).as("%s", result).isTrue();
      assertThat(result.output()).as("%s", result).contains("BEGIN CERTIFICATE", "444");
    }
    assertThatThrownBy(() -> DockerClientFactory.instance().client().inspectContainerCmd(id).exec())
        .as("container %s is removed on close", id)
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aHangingCommandIsKilledWithItsChildrenAtTheTimeout() {
    try (PeerContainer peer = PeerContainer.builder(DockerGate.peerImage()).start()) {
      ExecResult hung = peer.exec("sleep 31 & sleep 32; echo never", Duration.ofMillis(1500));

      assertThat(hung.timedOut()).as("%s", hung).isTrue();
      assertThat(hung.durationMs()).as("%s", hung).isBetween(1400L, 5000L);
      assertThat(hung.output()).doesNotContain("never");
      ExecResult left = peer.exec("pgrep -f 'sleep 3[12]' || echo none left", Duration.ofSeconds(5));
      assertThat(left.output()).as("%s", left).isEqualTo("none left");
    }
  }

  @Test
  void waitsForAServerPortAndKeepsTheLog() throws IOException {
    int port = freePort();
    try (PeerContainer peer = PeerContainer.builder(DockerGate.peerImage())
        .command("apache2-foreground", "-C", "Listen 127.0.0.1:" + port, "-c", "ServerName peer", "-c", "ErrorLog /dev/stderr",
            "-c", "LogLevel info")
        .waitForPort(port)
        .startupTimeout(Duration.ofSeconds(30))
        .start()) {
      ExecResult fetched = peer.exec("curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:" + port + "/", Duration.ofSeconds(10));
      assertThat(fetched.output()).as("%s", fetched).matches("\\d{3}");
      assertThat(peer.logs(4000)).as("apache's own log").containsIgnoringCase("apache");
    }
  }

  @Test
  void aContainerThatExitsBeforeListeningFailsWithItsLog() throws IOException {
    int port = freePort();
    PeerContainer.Builder broken = PeerContainer.builder(DockerGate.peerImage())
        .command("sh", "-c", "echo 'config error on line 3' >&2; exit 3")
        .waitForPort(port)
        .startupTimeout(Duration.ofSeconds(20));

    assertThatThrownBy(broken::start).isInstanceOf(PeerStartException.class).hasMessageContaining("config error on line 3");
  }

  @Test
  void aMissingImageFailsAtOnceWithAdvice() {
    assertThatThrownBy(() -> PeerContainer.builder("resync-peer:no-such-tag").start())
        .isInstanceOf(PeerStartException.class)
        .hasMessageContaining("docker/build-peer-image.sh");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
