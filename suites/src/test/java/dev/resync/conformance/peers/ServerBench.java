package dev.resync.conformance.peers;

import dev.resync.conformance.cli.SuiteLauncher;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.pki.StandInPki;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.rogue.CertsExporter;
import dev.resync.conformance.suite.Suites;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The material a real server under test is configured with: the {@code conformance certs}
 * export, and a document root with a profile per MAC (the genuine device's and another's, so
 * that S-FILTER has something to withhold). Runs the server suites against a URL.
 */
final class ServerBench {

  static final Path FIXTURES = Path.of("target", "fixtures");
  static final String MAC = StandInPki.GENUINE_DEVICE.mac();
  static final String OTHER_MAC = MAC.substring(0, 11) + (MAC.charAt(11) == 'f' ? '0' : Character.forDigit(Character.digit(MAC.charAt(11), 16) + 1, 16));

  final Path directory;
  final Path certs;
  final Path htdocs;

  private ServerBench(Path directory) {
    this.directory = directory;
    this.certs = directory.resolve("certs");
    this.htdocs = directory.resolve("htdocs");
  }

  /** Exports the certificates into {@code directory}, writes the profiles, opens it to the servers' workers. */
  static ServerBench in(Path directory) throws IOException {
    ServerBench bench = new ServerBench(directory);
    CertsExporter.export(new StandInPki(FixtureStore.open(FIXTURES)), bench.certs);
    Files.createDirectories(bench.htdocs.resolve("profile"));
    for (String mac : List.of(MAC, OTHER_MAC)) {
      Files.writeString(bench.htdocs.resolve("profile").resolve(mac + ".xml"),
          "<flat-profile>\n  <Station_Name>" + mac + "</Station_Name>\n</flat-profile>\n", StandardCharsets.UTF_8);
    }
    Files.createDirectories(directory.resolve("run"));
    // Workers run as nobody: they must read the document root (keys are read by the root master).
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.toList()) {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    Files.setPosixFilePermissions(directory.resolve("run"), PosixFilePermissions.fromString("rwxrwxrwx"));
    return bench;
  }

  Path file(String relative) {
    return certs.resolve(relative).toAbsolutePath();
  }

  /** Runs the server suites (restricted to {@code only}) against the server on this port. */
  static List<CaseResult> certify(int port, String... only) {
    Map<String, String> parameters = Map.of(
        RunSettings.FIXTURES, FIXTURES.toString(),
        RunSettings.SERVER_URL, "https://localhost:" + port + "/profile/$MA.xml",
        RunSettings.ONLY, String.join(",", only),
        RunSettings.TIMEOUT_MS, "5000");
    RunSettings settings = RunSettings.from(key -> Optional.ofNullable(parameters.get(key)));
    return new SuiteLauncher(new PrintStream(System.out, true, StandardCharsets.UTF_8)).execute(settings, Suites.SERVER);
  }

  static Set<String> ids(List<CaseResult> results, Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).map(CaseResult::id).collect(Collectors.toCollection(TreeSet::new));
  }

  /** What a failed assertion shows: each case's outcome and reason. */
  static String describe(List<CaseResult> results) {
    return results.stream().map(r -> r.outcome().label() + " " + r.id() + " " + r.title() + ": " + r.reason())
        .collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}
