package dev.resync.conformance.cli;

import dev.resync.conformance.pki.Credential;
import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.pki.Pem;
import dev.resync.conformance.pki.StandInPki;
import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.profile.ProfileLoader;
import dev.resync.conformance.provisioning.ProvisioningServer;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the reference provisioning server in the foreground, for labs and real phones. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the reference provisioning server in the foreground, built as the vendor guide builds",
      "Apache with mod_ssl: the vendor-signed chain, a client certificate required and verified",
      "against the device root, /profile/<mac>.xml only for the device whose certificate names",
      "that MAC (403 otherwise), /reflect.xml echoing the certificate's product, serial and MAC.",
      "Stop it with Ctrl-C.",
    })
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--address", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "Address to listen on, 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
  String address;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8443", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--server-identity", paramLabel = "CERT,KEY",
      description = "Server chain and key as PEM files (default: the stand-in genuine server, for localhost and 127.0.0.1).")
  String serverIdentity;

  @Option(names = "--device-root", paramLabel = "PEM", description = "Root(s) device certificates must chain to (default: the stand-in device root).")
  Path deviceRoot;

  @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = ProfileLoader.DEFAULT,
      description = "Profile whose allowed suites and versions the server speaks (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--fixtures", paramLabel = "DIR", description = "Fixtures store (default: as for run).")
  Path fixtures;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ConformanceCli.UsageProblem("--port: expected 0 to 65535, got " + port);
    }
    StandInPki pki = new StandInPki(FixtureStore.open(fixtures != null ? fixtures : FixtureStore.defaultDirectory()));
    Credential identity = serverIdentity == null ? pki.genuineServer().credential() : readIdentity(serverIdentity);
    List<X509Certificate> roots = deviceRoot == null ? List.of(pki.deviceRoot().credential().leaf()) : Pem.readCertificates(deviceRoot);
    Profile loaded = ProfileLoader.load(profile);
    ProvisioningServer server;
    try {
      server = ProvisioningServer.start(identity, roots, loaded, address, port);
    } catch (IOException e) {
      throw new ConformanceCli.UsageProblem("cannot listen on " + address + ":" + port + ": " + e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      System.out.println("conformance serve: stopped");
      stopped.countDown();
    }, "serve-shutdown"));
    System.out.println("Reference provisioning server on " + address + ":" + server.port() + " (profile " + loaded.name() + ")");
    System.out.println("  server chain:  " + identity.leaf().getSubjectX500Principal().getName());
    System.out.println("  device roots:  " + roots.stream().map(r -> r.getSubjectX500Principal().getName()).toList());
    System.out.println("  versions:      " + server.enabledProtocols());
    System.out.println("  suites:        " + server.enabledCipherSuites().size() + " from the profile");
    System.out.println("Give a phone these URLs:");
    System.out.println("  profile rule:  " + server.profileRule());
    System.out.println("  reflect:       " + server.reflectUrl());
    System.out.println("  resync now:    http://<phone>/admin/resync?" + server.profileRule());
    System.out.println("Ctrl-C stops the server.");
    System.out.flush();
    stopped.await();
    return 0;
  }

  private static Credential readIdentity(String value) {
    String[] parts = value.split(",", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new ConformanceCli.UsageProblem("--server-identity: expected CERT,KEY (two PEM files), got '" + value + "'");
    }
    return Pem.readCredential(Path.of(parts[0].trim()), Path.of(parts[1].trim()));
  }
}
