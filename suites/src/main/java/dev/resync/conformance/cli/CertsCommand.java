package dev.resync.conformance.cli;

import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.pki.StandInPki;
import dev.resync.conformance.rogue.CertsExporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Exports the stand-in PKI and the rogue catalogue as PEM files. */
@Command(
    name = "certs",
    mixinStandardHelpOptions = true,
    description = {
      "Write the stand-in PKI and every rogue server certificate as PEM files, for labs that load",
      "them into their own servers and clients:",
      "  DIR/provisioning-root.pem, DIR/device-root.pem,",
      "  DIR/genuine-server/{chain.pem,key.pem}, DIR/genuine-device/{chain.pem,key.pem},",
      "  DIR/rogue/<recipe>/{chain.pem,key.pem}, DIR/index.json (what each entry is).",
      "The material comes from the fixtures store, so it shares its roots with every run.",
    })
final class CertsCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write to (created if missing).")
  Path out;

  @Option(names = "--fixtures", paramLabel = "DIR", description = "Fixtures store (default: as for run).")
  Path fixtures;

  @Override
  public Integer call() {
    Path store = fixtures != null ? fixtures : FixtureStore.defaultDirectory();
    try {
      List<Map<String, Object>> entries = CertsExporter.export(new StandInPki(FixtureStore.open(store)), out);
      System.out.println("Wrote " + entries.size() + " entries to " + out.toAbsolutePath() + " (see index.json)");
      return 0;
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ConformanceCli.UsageProblem("cannot write to " + out + ": " + e.getMessage());
    }
  }
}
