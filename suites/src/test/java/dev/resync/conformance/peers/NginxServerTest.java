package dev.resync.conformance.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nginx, misconfigured the two ways labs do: {@code ssl_verify_client optional} with no check
 * of the result (a client without a certificate gets the profile), and a self-signed server
 * certificate. The suite must catch each, and only it.
 */
class NginxServerTest {

  static final String NGINX = "/usr/sbin/nginx";

  @BeforeAll
  static void nginxIsInstalled() {
    LocalServer.requireExecutable(NGINX, "nginx");
  }

  static LocalServer start(ServerBench bench, String serverCredential, String verifyClient) throws Exception {
    int port = LocalServer.freePort();
    Path dir = bench.directory.toAbsolutePath();
    String conf = String.join("\n",
        "pid " + dir.resolve("run/nginx.pid") + ";",
        "error_log " + dir.resolve("error.log") + " warn;",
        "events { worker_connections 64; }",
        "http {",
        "  access_log off;",
        "  client_body_temp_path " + dir.resolve("run") + ";",
        "  server {",
        "    listen 127.0.0.1:" + port + " ssl;",
        "    server_name localhost;",
        "    ssl_certificate " + bench.file(serverCredential + "/chain.pem") + ";",
        "    ssl_certificate_key " + bench.file(serverCredential + "/key.pem") + ";",
        "    ssl_client_certificate " + bench.file("device-root.pem") + ";",
        "    ssl_verify_client " + verifyClient + ";",
        "    root " + bench.htdocs.toAbsolutePath() + ";",
        "  }",
        "}",
        "");
    Path file = bench.directory.resolve("nginx.conf");
    Files.writeString(file, conf, StandardCharsets.UTF_8);
    return LocalServer.start(
        List.of(NGINX, "-e", dir.resolve("error.log").toString(), "-p", dir + "/", "-c", file.toAbsolutePath().toString(),
            "-g", "daemon off;"),
        bench.directory, port, bench.directory.resolve("error.log"));
  }

  @Test
  void optionalClientVerificationWithoutACheckFailsTheNoCertificateCase(@TempDir Path dir) throws Exception {
    ServerBench bench = ServerBench.in(dir);
    try (LocalServer nginx = start(bench, "genuine-server", "optional")) {
      List<CaseResult> results = ServerBench.certify(nginx.port, "S-MTLS");
      assertThat(ServerBench.ids(results, Outcome.FAIL))
          .withFailMessage(() -> "optional verification must fail the no-certificate case only:" + ServerBench.describe(results)
              + "\nerror.log:\n" + nginx.errorLog())
          .containsExactly("S-MTLS-02");
      assertThat(ServerBench.ids(results, Outcome.ERROR)).withFailMessage(() -> ServerBench.describe(results)).isEmpty();
    }
  }

  @Test
  void selfSignedServerCertificateFailsTheChainCase(@TempDir Path dir) throws Exception {
    ServerBench bench = ServerBench.in(dir);
    try (LocalServer nginx = start(bench, "rogue/self-signed", "on")) {
      List<CaseResult> results = ServerBench.certify(nginx.port, "S-CHAIN");
      assertThat(ServerBench.ids(results, Outcome.FAIL))
          .withFailMessage(() -> "a self-signed server certificate must fail S-CHAIN-01 (the anchor) only:" + ServerBench.describe(results))
          .containsExactly("S-CHAIN-01");
      assertThat(ServerBench.ids(results, Outcome.ERROR)).withFailMessage(() -> ServerBench.describe(results)).isEmpty();
    }
  }
}
