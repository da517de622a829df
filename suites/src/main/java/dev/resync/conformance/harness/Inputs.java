package dev.resync.conformance.harness;

import dev.resync.conformance.pki.Credential;
import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.pki.Pem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;

/**
 * Checks the user's inputs before a run starts, each problem a {@link ConfigurationException}
 * whose one line names the option, the value and what is wrong, so that the CLI exits 2 with
 * it instead of failing every case, or the run, with a stack trace. Every method returns the
 * checked value, ready to use.
 */
public final class Inputs {

  private Inputs() {}

  /** A PEM certificate chain (a trust anchor, a server or device chain), leaf first. */
  public static List<X509Certificate> certificates(String option, Path file) {
    try {
      return Pem.readCertificates(file);
    } catch (Pem.PemException e) {
      throw new ConfigurationException(option + ": " + e.getMessage());
    }
  }

  /**
   * A chain and its private key ({@code --server-identity}, {@code --device-identity}): both
   * readable PEM, the key unencrypted, and the key the one of the chain's first certificate.
   */
  public static Credential credential(String option, Path chain, Path key) {
    try {
      return Pem.readCredential(chain, key);
    } catch (Pem.PemException e) {
      throw new ConfigurationException(option + ": " + e.getMessage());
    }
  }

  /** An https URL with a host (a server under test); a port, when given, in 1..65535. */
  public static URI httpsUrl(String option, String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new ConfigurationException(option + ": '" + text + "' is not a URL (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).equals("https")) {
      throw new ConfigurationException(option + ": '" + text + "' is not an https:// URL (provisioning is over HTTPS)");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new ConfigurationException(option + ": '" + text + "' has no host name");
    }
    if (uri.getPort() == 0 || uri.getPort() > 65535) {
      throw new ConfigurationException(option + ": '" + text + "' has port " + uri.getPort() + " (must be 1 to 65535)");
    }
    return uri;
  }

  /**
   * A TCP port a scenario server can listen on: checked by binding it for a moment, so that
   * "in use" is found before the run rather than as an ERROR in every case. Port 0 (any free
   * port) always passes.
   */
  public static int freePort(String option, String address, int port) {
    if (port < 0 || port > 65535) {
      throw new ConfigurationException(option + ": port " + port + " is not a port (0 to 65535)");
    }
    InetAddress host;
    try {
      host = InetAddress.getByName(address);
    } catch (UnknownHostException e) {
      throw new ConfigurationException(option + ": unknown address '" + address + "'");
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(host, port));
      return port;
    } catch (BindException e) {
      throw new ConfigurationException(
          option + ": cannot listen on " + address + ":" + port + " (" + oneLine(e) + "; is the port in use?)");
    } catch (IOException e) {
      throw new ConfigurationException(option + ": cannot listen on " + address + ":" + port + " (" + oneLine(e) + ")");
    }
  }

  /** A directory this run can create files in (created if missing). */
  public static Path writableDirectory(String option, Path directory) {
    try {
      Files.createDirectories(directory);
      Files.delete(Files.createTempFile(directory, ".write-check", ".tmp"));
      return directory;
    } catch (IOException | UncheckedIOException | SecurityException e) {
      throw new ConfigurationException(option + ": cannot write to " + directory + " (" + oneLine(e) + ")");
    }
  }

  /** The fixtures store, opened (it generates keys into it on first use, so it must be writable). */
  public static FixtureStore fixtures(String option, Path directory) {
    try {
      FixtureStore store = FixtureStore.open(directory);
      writableDirectory(option, store.directory());
      return store;
    } catch (UncheckedIOException e) {
      throw new ConfigurationException(option + ": " + oneLine(e));
    }
  }

  /** An exception's message on one line; the JDK's file errors are bare paths, so the type is kept. */
  public static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").trim();
    String type = e.getClass().getSimpleName();
    return switch (type) {
      case "NoSuchFileException" -> "no such file or directory: " + message;
      case "AccessDeniedException" -> "permission denied: " + message;
      case "NotDirectoryException" -> "not a directory: " + message;
      case "FileAlreadyExistsException" -> "a file is in the way: " + message;
      default -> message.isEmpty() ? type : message;
    };
  }
}
