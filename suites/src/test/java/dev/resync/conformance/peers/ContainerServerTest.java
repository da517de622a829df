package dev.resync.conformance.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.docker.DockerGate;
import dev.resync.conformance.docker.RequiresDocker;
import dev.resync.conformance.harness.ContainerServer;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server suite's acceptance on real servers in the container, started the way
 * {@code conformance server --image} starts them ({@link ContainerServer}, the ready
 * configurations): Apache httpd as the guide configures it passes S-CHAIN, S-MTLS and S-FILTER;
 * each nginx misconfiguration fails exactly its requirement. The same assertions as the local
 * process tests ({@link ApacheServerTest}, {@link NginxServerTest}), through the same
 * {@link ServerBench}. Each test prints its container's start-to-verdict time.
 */
@RequiresDocker
class ContainerServerTest {

  @Test
  void apacheWithTheGuidesConfigurationPassesChainMtlsAndFilter(@TempDir Path dir) throws Exception {
    long begin = System.nanoTime();
    try (ContainerServer apache = start(dir, "apache2-guide", "genuine-server")) {
      List<CaseResult> results = ServerBench.certify(apache.port(), "S-CHAIN", "S-MTLS", "S-FILTER");
      timing(apache, begin);
      assertThat(results).hasSize(13);
      assertThat(results)
          .withFailMessage(() -> "Apache as the guide configures it should pass every case:" + ServerBench.describe(results)
              + "\ncontainer log:\n" + apache.log(4000))
          .allMatch(r -> r.outcome() == Outcome.PASS);
    }
  }

  @Test
  void nginxWithOptionalClientVerificationFailsTheNoCertificateCase(@TempDir Path dir) throws Exception {
    long begin = System.nanoTime();
    try (ContainerServer nginx = start(dir, "nginx-verify-optional", "genuine-server")) {
      List<CaseResult> results = ServerBench.certify(nginx.port(), "S-MTLS");
      timing(nginx, begin);
      assertThat(ServerBench.ids(results, Outcome.FAIL))
          .withFailMessage(() -> "optional verification must fail the no-certificate case only:" + ServerBench.describe(results)
              + "\ncontainer log:\n" + nginx.log(4000))
          .containsExactly("S-MTLS-02");
      assertThat(ServerBench.ids(results, Outcome.ERROR)).withFailMessage(() -> ServerBench.describe(results)).isEmpty();
    }
  }

  @Test
  void nginxWithASelfSignedServerCertificateFailsTheChainCase(@TempDir Path dir) throws Exception {
    long begin = System.nanoTime();
    try (ContainerServer nginx = start(dir, "nginx-guide", "rogue/self-signed")) {
      List<CaseResult> results = ServerBench.certify(nginx.port(), "S-CHAIN");
      timing(nginx, begin);
      assertThat(ServerBench.ids(results, Outcome.FAIL))
          .withFailMessage(() -> "a self-signed server certificate must fail S-CHAIN-01 (the anchor) only:" + ServerBench.describe(results))
          .containsExactly("S-CHAIN-01");
      assertThat(ServerBench.ids(results, Outcome.ERROR)).withFailMessage(() -> ServerBench.describe(results)).isEmpty();
    }
  }

  @Test
  void nginxWithoutAes256FailsTheRequiredSuite(@TempDir Path dir) throws Exception {
    long begin = System.nanoTime();
    try (ContainerServer nginx = start(dir, "nginx-no-aes256", "genuine-server")) {
      List<CaseResult> results = ServerBench.certify(nginx.port(), "S-CIPHER-01");
      timing(nginx, begin);
      assertThat(ServerBench.ids(results, Outcome.FAIL))
          .withFailMessage(() -> "a cipher list without AES-256 must fail S-CIPHER-01 and nothing else:" + ServerBench.describe(results))
          .containsExactly("S-CIPHER-01");
      assertThat(ServerBench.ids(results, Outcome.ERROR)).withFailMessage(() -> ServerBench.describe(results)).isEmpty();
    }
  }

  private static ContainerServer start(Path dir, String config, String serverCredential) throws Exception {
    return ContainerServer.start(DockerGate.peerImage(), LocalServer.freePort(), ContainerServer.Config.of(config),
        ServerBench.FIXTURES, dir, serverCredential);
  }

  /** Container start (create request) to the verdict of the last case, printed for the closing note. */
  private static void timing(ContainerServer server, long begin) {
    System.out.printf("[timing] %s in %s: container start to verdict %d ms (of which start and listen %d ms)%n",
        server.config().name(), server.container().image(), (System.nanoTime() - begin) / 1_000_000, server.startupMillis());
  }
}
