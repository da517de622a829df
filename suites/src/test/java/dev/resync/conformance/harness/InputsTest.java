package dev.resync.conformance.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.pki.StandInPki;
import dev.resync.conformance.pki.StoredCredential;
import dev.resync.conformance.teeth.SuiteRuns;
import java.io.IOException;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input is one {@link ConfigurationException} line naming the option, the file and the problem. */
class InputsTest {

  @TempDir static Path temp;
  static StoredCredential server;
  static StoredCredential device;

  @BeforeAll
  static void material() {
    StandInPki pki = new StandInPki(FixtureStore.open(SuiteRuns.FIXTURES));
    server = pki.genuineServer();
    device = pki.genuineDevice();
  }

  @Test
  void readsAGoodCredential() {
    assertThat(Inputs.credential("--server-identity", server.chainPem(), server.keyPem()).chain())
        .isEqualTo(server.credential().chain());
  }

  @Test
  void missingFile() {
    Path missing = temp.resolve("missing.pem");
    assertProblem(() -> Inputs.certificates("--trust-anchor", missing), "--trust-anchor: " + missing + ": no such file");
  }

  @Test
  void directoryInsteadOfAFile() {
    assertProblem(() -> Inputs.certificates("--trust-anchor", temp), "--trust-anchor: " + temp + ": cannot read (");
  }

  @Test
  void malformedPem() throws IOException {
    Path bad = Files.writeString(temp.resolve("bad.pem"), "-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n");
    assertProblem(() -> Inputs.certificates("--trust-anchor", bad), "--trust-anchor: " + bad + ": malformed PEM certificate (");
  }

  @Test
  void noCertificateInTheFile() throws IOException {
    Path text = Files.writeString(temp.resolve("notes.txt"), "just some notes\n");
    assertProblem(() -> Inputs.certificates("--trust-anchor", text),
        "--trust-anchor: " + text + ": no PEM certificate (expected -----BEGIN CERTIFICATE-----)");
  }

  @Test
  void keyThatDoesNotMatchItsCertificate() {
    assertProblem(() -> Inputs.credential("--device-identity", server.chainPem(), device.keyPem()),
        "--device-identity: " + device.keyPem() + ": this key does not match the first certificate of " + server.chainPem());
  }

  @Test
  void encryptedKeyWithoutPassword() throws IOException, OperatorCreationException {
    StringWriter pem = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
      writer.writeObject(new JcaPKCS8Generator(device.credential().privateKey(),
          new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
              .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider()).setPassword("secret".toCharArray()).build()));
    }
    Path encrypted = Files.writeString(temp.resolve("encrypted-key.pem"), pem.toString());
    assertProblem(() -> Inputs.credential("--device-identity", device.chainPem(), encrypted),
        "--device-identity: " + encrypted + ": the private key is encrypted");
  }

  @Test
  void badUrls() {
    assertProblem(() -> Inputs.httpsUrl("--url", "http://prov.example/"), "--url: 'http://prov.example/' is not an https:// URL");
    assertProblem(() -> Inputs.httpsUrl("--url", "https://"), "--url: 'https://' is not a URL");
    assertProblem(() -> Inputs.httpsUrl("--url", "https:///profile"), "--url: 'https:///profile' has no host name");
    assertProblem(() -> Inputs.httpsUrl("--url", "https://prov.example:99999/"), "--url: 'https://prov.example:99999/' has port 99999");
    assertProblem(() -> Inputs.httpsUrl("--url", "prov example"), "--url: 'prov example' is not a URL (Illegal character");
    assertThat(Inputs.httpsUrl("--url", "https://prov.example:8443/profile/")).hasPort(8443);
  }

  @Test
  void portInUse() throws IOException {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));
      int port = taken.getLocalPort();
      assertProblem(() -> Inputs.freePort("--port", "127.0.0.1", port),
          "--port: cannot listen on 127.0.0.1:" + port + " (Address already in use; is the port in use?)");
    }
    assertProblem(() -> Inputs.freePort("--port", "127.0.0.1", 70000), "--port: port 70000 is not a port (0 to 65535)");
    assertThat(Inputs.freePort("--port", "127.0.0.1", 0)).isZero();
  }

  @Test
  void unwritableDirectories() {
    assertProblem(() -> Inputs.writableDirectory("--report-dir", Path.of("/etc/hostname/reports")),
        "--report-dir: cannot write to /etc/hostname/reports (");
    assertProblem(() -> Inputs.writableDirectory("--report-dir", Path.of("/proc/reports")),
        "--report-dir: cannot write to /proc/reports (");
    assertThat(Inputs.writableDirectory("--report-dir", temp.resolve("new/reports"))).isDirectory();
  }

  private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String says) {
    assertThatThrownBy(call)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(says)
        .satisfies(e -> assertThat(e.getMessage()).as("one line").doesNotContain("\n"));
  }
}
