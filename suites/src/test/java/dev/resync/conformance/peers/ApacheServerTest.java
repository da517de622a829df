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
 * Apache httpd with mod_ssl, a real server nobody here wrote, configured as the vendor guide
 * says, passes the server certification; with a cipher list without AES-256 it fails S-CIPHER.
 */
class ApacheServerTest {

  static final String APACHE = "/usr/sbin/apache2";
  static final String MODULES = "/usr/lib/apache2/modules/";

  @BeforeAll
  static void apacheIsInstalled() {
    LocalServer.requireExecutable(APACHE, "apache2");
  }

  /** The guide's configuration; {@code ciphers} is the one line the misconfigured variant changes. */
  static String config(ServerBench bench, int port, String ciphers) {
    Path dir = bench.directory.toAbsolutePath();
    return String.join("\n",
        "LoadModule mpm_event_module " + MODULES + "mod_mpm_event.so",
        "LoadModule authz_core_module " + MODULES + "mod_authz_core.so",
        "LoadModule ssl_module " + MODULES + "mod_ssl.so",
        "ServerName localhost",
        "DefaultRuntimeDir " + dir.resolve("run"),
        "PidFile " + dir.resolve("run/apache2.pid"),
        "ErrorLog " + dir.resolve("error.log"),
        "LogLevel warn",
        "User nobody",
        "Group nogroup",
        "Listen 127.0.0.1:" + port,
        "DocumentRoot " + bench.htdocs.toAbsolutePath(),
        "SSLEngine on",
        // The guide: the vendor-signed certificate and key, the device (client) root, client certificate required.
        "SSLCertificateFile " + bench.file("genuine-server/chain.pem"),
        "SSLCertificateKeyFile " + bench.file("genuine-server/key.pem"),
        "SSLCACertificateFile " + bench.file("device-root.pem"),
        "SSLVerifyClient require",
        "SSLVerifyDepth 2",
        "SSLOptions +StdEnvVars",
        "SSLCipherSuite " + ciphers,
        "<Directory " + bench.htdocs.toAbsolutePath() + ">",
        "  Require all granted",
        "</Directory>",
        // The per-MAC rule: a profile only to the device whose certificate names that MAC (ST=).
        "<Directory " + bench.htdocs.resolve("profile").toAbsolutePath() + ">",
        "  Require expr \"%{REQUEST_URI} == '/profile/%{SSL_CLIENT_S_DN_ST}.xml'\"",
        "</Directory>",
        "");
  }

  static LocalServer start(ServerBench bench, String ciphers) throws Exception {
    int port = LocalServer.freePort();
    Path conf = bench.directory.resolve("apache2.conf");
    Files.writeString(conf, config(bench, port, ciphers), StandardCharsets.UTF_8);
    return LocalServer.start(List.of(APACHE, "-f", conf.toAbsolutePath().toString(), "-DFOREGROUND"),
        bench.directory, port, bench.directory.resolve("error.log"));
  }

  @Test
  void apacheConfiguredAsTheGuideSaysPassesChainMtlsAndFilter(@TempDir Path dir) throws Exception {
    ServerBench bench = ServerBench.in(dir);
    try (LocalServer apache = start(bench, "HIGH:!aNULL")) {
      List<CaseResult> results = ServerBench.certify(apache.port, "S-CHAIN", "S-MTLS", "S-FILTER");
      assertThat(results).hasSize(13);
      assertThat(results)
          .withFailMessage(() -> "Apache as the guide configures it should pass every case:" + ServerBench.describe(results)
              + "\nerror.log:\n" + apache.errorLog())
          .allMatch(r -> r.outcome() == Outcome.PASS);
    }
  }

  @Test
  void apacheWithoutAes256FailsTheRequiredSuite(@TempDir Path dir) throws Exception {
    ServerBench bench = ServerBench.in(dir);
    try (LocalServer apache = start(bench, "AES128-SHA:AES128-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256")) {
      List<CaseResult> results = ServerBench.certify(apache.port, "S-CIPHER-01");
      assertThat(ServerBench.ids(results, Outcome.FAIL))
          .withFailMessage(() -> "a cipher list without AES-256 must fail S-CIPHER-01 and nothing else:" + ServerBench.describe(results))
          .containsExactly("S-CIPHER-01");
      assertThat(ServerBench.ids(results, Outcome.ERROR)).withFailMessage(() -> ServerBench.describe(results)).isEmpty();
    }
  }
}
