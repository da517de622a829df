package dev.resync.conformance.teeth;

import dev.resync.conformance.pki.Credential;
import dev.resync.conformance.pki.CredentialKeyManager;
import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.pki.StandInPki;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;

/**
 * A server under test that misbehaves, one way per instance, on 127.0.0.1 (an ephemeral port),
 * to every connection. Start with {@link #start}, stop with {@link #close}: every connection
 * and thread it opened is gone when close returns.
 */
public final class MisbehavingServer implements AutoCloseable {

  /** How a server misbehaves: each connection gets this. */
  public enum Behaviour {
    /** Accepts, then closes without a byte. */
    CLOSES_AT_ONCE,
    /** Answers the ClientHello with an HTTP response, as a plain-HTTP server on the https port does. */
    ANSWERS_PLAIN_HTTP,
    /** Answers with {@link #RANDOM} bytes, then waits for the client to hang up. */
    SENDS_RANDOM_BYTES,
    /** Reads what comes and never answers. */
    TARPIT,
    /** Answers with the start of a TLS ServerHello, one byte per second. */
    SLOWLORIS,
    /** Reads the ClientHello and answers with a fatal handshake_failure alert. */
    FATAL_ALERT,
    /** Reads the ClientHello and resets the connection (SO_LINGER 0). */
    RESETS_MID_HANDSHAKE,
    /** A TLS server whose chain is 200 certificates: the genuine leaf and root, then 198 more copies of the root. */
    CHAIN_OF_200,
    /** A TLS server whose leaf, otherwise genuine, carries a 1 MiB extension. */
    CERTIFICATE_OF_1_MIB,
    /** Completes the handshake with the genuine chain, reads the request and never answers it. */
    NO_HTTP_RESPONSE,
    /** Completes the handshake and answers HTTP 200 with a body that never ends. */
    ENDLESS_BODY,
    /** Completes the handshake and redirects every request to itself. */
    REDIRECT_LOOP
  }

  /** What {@link Behaviour#SENDS_RANDOM_BYTES} sends: seeded, first byte no TLS content type. */
  public static final byte[] RANDOM = randomBytes();

  private static final byte[] SLOW_SERVER_HELLO = {0x16, 0x03, 0x03, 0x00, 0x31, 0x02, 0x00, 0x00, 0x2d, 0x03, 0x03};

  private final Behaviour behaviour;
  private final ServerSocket listener;
  private final SSLContext tls;
  private final ExecutorService handlers;
  private final Thread acceptor;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger connections = new AtomicInteger();

  private MisbehavingServer(Behaviour behaviour, ServerSocket listener, SSLContext tls) {
    this.behaviour = behaviour;
    this.listener = listener;
    this.tls = tls;
    AtomicInteger handlerCount = new AtomicInteger();
    this.handlers = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "misbehaving-server-" + behaviour + "-" + handlerCount.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.acceptor = new Thread(this::acceptLoop, "misbehaving-server-" + behaviour + "-accept");
    acceptor.setDaemon(true);
  }

  /** Starts a server misbehaving this way; the TLS behaviours use the stand-in PKI in {@code fixtures}. */
  public static MisbehavingServer start(Behaviour behaviour, FixtureStore fixtures) throws IOException {
    SSLContext tls = switch (behaviour) {
      case CHAIN_OF_200, CERTIFICATE_OF_1_MIB, NO_HTTP_RESPONSE, ENDLESS_BODY, REDIRECT_LOOP ->
          serverContext(credential(behaviour, new StandInPki(fixtures)));
      default -> null;
    };
    ServerSocket listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    MisbehavingServer server = new MisbehavingServer(behaviour, listener, tls);
    server.acceptor.start();
    return server;
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** The URL a server suite probes, with the phone's {@code $MA}. */
  public String url() {
    return "https://localhost:" + port() + "/profile/$MA.xml";
  }

  /** Connections accepted so far. */
  public int connections() {
    return connections.get();
  }

  private static Credential credential(Behaviour behaviour, StandInPki pki) {
    Credential genuine = pki.genuineServer().credential();
    Credential root = pki.provisioningRoot().credential();
    return switch (behaviour) {
      case CHAIN_OF_200 -> {
        List<X509Certificate> chain = new ArrayList<>(genuine.chain());
        while (chain.size() < 200) {
          chain.add(root.leaf());
        }
        yield new Credential(chain, genuine.privateKey());
      }
      case CERTIFICATE_OF_1_MIB -> pki.genuineServerSpec().toBuilder()
          .addExtension(new Extension(new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.1"), false, new byte[1 << 20]))
          .build()
          .issuedBy(root);
      default -> genuine;
    };
  }

  private static SSLContext serverContext(Credential credential) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(new KeyManager[] {new CredentialKeyManager(credential, true)}, null, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException closed) {
        return;
      }
      connections.incrementAndGet();
      open.add(socket);
      try {
        handlers.execute(() -> {
          try {
            serve(socket);
          } catch (IOException | RuntimeException | InterruptedException peerGoneOrStopped) {
            // The probe hung up, or the server is closing: either way this connection is done.
          } finally {
            closeQuietly(socket);
            open.remove(socket);
          }
        });
      } catch (RuntimeException rejected) {
        closeQuietly(socket);
        open.remove(socket);
      }
    }
  }

  private void serve(Socket socket) throws IOException, InterruptedException {
    socket.setTcpNoDelay(true);
    InputStream in = socket.getInputStream();
    OutputStream out = socket.getOutputStream();
    switch (behaviour) {
      case CLOSES_AT_ONCE -> socket.close();
      case ANSWERS_PLAIN_HTTP -> {
        readSome(in);
        out.write("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 37\r\nConnection: close\r\n\r\nThis port speaks plain HTTP, not TLS\n"
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        drain(in);
      }
      case SENDS_RANDOM_BYTES -> {
        readSome(in);
        out.write(RANDOM);
        out.flush();
        drain(in);
      }
      case TARPIT -> drain(in);
      case SLOWLORIS -> {
        readSome(in);
        for (int i = 0; ; i++) {
          out.write(i < SLOW_SERVER_HELLO.length ? SLOW_SERVER_HELLO[i] : 0);
          out.flush();
          Thread.sleep(1000);
        }
      }
      case FATAL_ALERT -> {
        readSome(in);
        out.write(new byte[] {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28});
        out.flush();
        socket.shutdownOutput();
        drain(in);
      }
      case RESETS_MID_HANDSHAKE -> {
        readSome(in);
        socket.setSoLinger(true, 0);
        socket.close();
      }
      case CHAIN_OF_200, CERTIFICATE_OF_1_MIB -> {
        SSLSocket secure = handshake(socket);
        drain(secure.getInputStream());
      }
      case NO_HTTP_RESPONSE -> drain(handshake(socket).getInputStream());
      case ENDLESS_BODY -> {
        SSLSocket secure = handshake(socket);
        readSome(secure.getInputStream());
        OutputStream body = secure.getOutputStream();
        body.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[4096];
        Arrays.fill(chunk, (byte) 'x');
        while (!Thread.currentThread().isInterrupted()) {
          body.write(chunk);
        }
      }
      case REDIRECT_LOOP -> {
        SSLSocket secure = handshake(socket);
        String request = new String(readSome(secure.getInputStream()), StandardCharsets.ISO_8859_1);
        String path = request.startsWith("GET ") ? request.substring(4, request.indexOf(' ', 4)) : "/";
        secure.getOutputStream().write(("HTTP/1.1 302 Found\r\nLocation: " + path + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        secure.getOutputStream().flush();
        drain(secure.getInputStream());
      }
      default -> throw new IllegalStateException(behaviour.name());
    }
  }

  private SSLSocket handshake(Socket socket) throws IOException {
    SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(socket, null, socket.getPort(), true);
    secure.setUseClientMode(false);
    open.add(secure);
    secure.startHandshake();
    return secure;
  }

  /** One read's worth: the ClientHello, or the HTTP request. */
  private static byte[] readSome(InputStream in) throws IOException {
    byte[] buffer = new byte[16 * 1024];
    int n = in.read(buffer);
    return n <= 0 ? new byte[0] : Arrays.copyOf(buffer, n);
  }

  /** Reads and discards until the client hangs up (or the server closes the socket). */
  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[4096];
    while (in.read(buffer) >= 0) {
      // Discarded.
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[256];
    new Random(6).nextBytes(bytes);
    bytes[0] = (byte) 0x9c;
    return bytes;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Gone either way.
    }
  }

  /** Closes the listener and every connection, and waits (bounded) for its threads to end. */
  @Override
  public void close() throws InterruptedException {
    try {
      listener.close();
    } catch (IOException ignored) {
      // Closed either way.
    }
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    handlers.shutdownNow();
    if (!handlers.awaitTermination(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the " + behaviour + " server's handlers did not stop within 5 s");
    }
    acceptor.join(5000);
    if (acceptor.isAlive()) {
      throw new IllegalStateException("the " + behaviour + " server's accept thread did not stop within 5 s");
    }
  }
}
