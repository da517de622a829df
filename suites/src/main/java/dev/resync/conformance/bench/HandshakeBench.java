package dev.resync.conformance.bench;

import dev.resync.conformance.cli.SuiteLauncher;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.pki.Credential;
import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.pki.StandInPki;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.rogue.RogueRecipe;
import dev.resync.conformance.suite.Suites;
import dev.resync.conformance.tls.JsseLegacy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * The figures nightly gates care about, in one process: fixture generation cold and warm, the
 * main job's client suites in-process, and a bare JSSE handshake loop doing as many handshakes,
 * so that the harness's own cost per handshake shows. Not a test: run it with bench/run.sh.
 */
public final class HandshakeBench {

  private HandshakeBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    JsseLegacy.enable();
    Path cold = Files.createTempDirectory("bench-fixtures-");

    long start = System.nanoTime();
    StandInPki pki = new StandInPki(FixtureStore.open(cold));
    materialise(pki);
    double coldFixtures = millis(start);
    start = System.nanoTime();
    StandInPki warm = new StandInPki(FixtureStore.open(cold));
    materialise(warm);
    double warmFixtures = millis(start);
    System.out.printf("fixtures: cold %.0f ms (%d items generated), warm %.1f ms (%d generated)%n",
        coldFixtures, pki.store().generatedCount(), warmFixtures, warm.store().generatedCount());

    RunSettings settings = RunSettings.from(key -> Optional.ofNullable(Map.of(RunSettings.FIXTURES, cold.toString()).get(key)));
    SuiteLauncher launcher = new SuiteLauncher(new PrintStream(OutputStream.nullOutputStream()));
    List<CaseResult> results = launcher.execute(settings, Suites.CLIENT); // warm-up: JIT, class loading
    int handshakes = countConnections(results);
    double best = Double.MAX_VALUE;
    for (int i = 0; i < rounds; i++) {
      start = System.nanoTime();
      launcher.execute(settings, Suites.CLIENT);
      best = Math.min(best, millis(start));
    }
    Credential server = pki.genuineServer().credential();
    bareLoop(server, pki.provisioningRoot().credential(), handshakes); // warm-up
    double bare = Double.MAX_VALUE;
    for (int i = 0; i < rounds; i++) {
      start = System.nanoTime();
      bareLoop(server, pki.provisioningRoot().credential(), handshakes);
      bare = Math.min(bare, millis(start));
    }
    System.out.printf("client suites in-process: %d cases, %d connections, best of %d: %.0f ms (%.1f ms per connection)%n",
        results.size(), handshakes, rounds, best, best / Math.max(1, handshakes));
    System.out.printf("bare JSSE loop, same %d handshakes (TLS 1.2/1.3, RSA-2048, TCP_NODELAY): %.0f ms (%.1f ms each)%n",
        handshakes, bare, bare / Math.max(1, handshakes));
    System.out.printf("ratio suite / bare loop: %.2f%n", best / bare);
  }

  private static void materialise(StandInPki pki) {
    pki.genuineServer();
    pki.genuineDevice();
    for (RogueRecipe recipe : RogueRecipe.values()) {
      recipe.credential(pki);
    }
  }

  private static int countConnections(List<CaseResult> results) {
    int count = 0;
    for (CaseResult result : results) {
      Object connections = result.evidence().get("connections");
      if (connections instanceof List<?> list) {
        count += list.size();
      }
    }
    return count;
  }

  /** Full handshakes between two JSSE sockets on loopback, one fresh connection each. */
  private static void bareLoop(Credential server, Credential root, int count) throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    keys.load(null, null);
    keys.setKeyEntry("server", server.privateKey(), "x".toCharArray(), server.chainArray());
    KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509");
    kmf.init(keys, "x".toCharArray());
    SSLContext serverContext = SSLContext.getInstance("TLS");
    serverContext.init(kmf.getKeyManagers(), null, null);
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("root", root.leaf());
    TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
    tmf.init(trust);
    ExecutorService acceptor = Executors.newSingleThreadExecutor();
    try (SSLServerSocket listener = (SSLServerSocket) serverContext.getServerSocketFactory()
        .createServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Future<?> serving = acceptor.submit(() -> {
        for (int i = 0; i < count; i++) {
          try (SSLSocket socket = (SSLSocket) listener.accept()) {
            socket.setTcpNoDelay(true);
            socket.startHandshake();
            InputStream in = socket.getInputStream();
            in.read();
          }
        }
        return null;
      });
      for (int i = 0; i < count; i++) {
        SSLContext clientContext = SSLContext.getInstance("TLS"); // fresh context: no resumption
        clientContext.init(null, tmf.getTrustManagers(), null);
        try (SSLSocket socket = (SSLSocket) clientContext.getSocketFactory().createSocket()) {
          socket.setTcpNoDelay(true);
          socket.connect(listener.getLocalSocketAddress());
          socket.startHandshake();
          socket.getOutputStream().write('x');
          socket.getOutputStream().flush();
        }
      }
      serving.get();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      acceptor.shutdownNow();
    }
  }

  private static double millis(long start) {
    return (System.nanoTime() - start) / 1e6;
  }
}
