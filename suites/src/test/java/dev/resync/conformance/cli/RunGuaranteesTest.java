package dev.resync.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.harness.TimeBudget;
import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.pki.StandInPki;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.suite.ClientTrustSuite;
import dev.resync.conformance.suite.Suites;
import dev.resync.conformance.teeth.Leftovers;
import dev.resync.conformance.teeth.SuiteRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every run guarantees: no key material in its output, nothing left behind, a bound on its time. */
class RunGuaranteesTest {

  @TempDir Path reports;

  @ParameterizedTest(name = "client command: {0}")
  @ValueSource(strings = {
      // Prints the key, then passes: the key sits in the evidence of every case.
      "cat {key}; curl -sf --cacert {ca} {url}",
      // Prints the key on stderr and fails: the key sits in every ERROR's reason too.
      "cat {key} >&2; exit 3",
      // Prints the key and then 1,000 more characters: the tail kept cuts the key's BEGIN line off.
      "cat {key}; printf '%01000d' 0; exit 3"})
  void noPrivateKeyMaterialInAnyReportOrLog(String command) throws IOException {
    Path key = new StandInPki(FixtureStore.open(SuiteRuns.FIXTURES)).genuineDevice().keyPem();
    List<String> keyBody = Files.readAllLines(key).stream().filter(l -> !l.startsWith("-----")).toList();

    CliRun run = CliRun.of("client", "--cmd", command, "--only", "C-TRUST-01", "--only", "C-TRUST-02",
        "--timeout", "5s", "--report-dir", reports.toString(), "--fixtures", SuiteRuns.FIXTURES.toString());

    assertThat(run.exitCode()).as("%s", run).isIn(0, 3);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(reports)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).as("report files").anyMatch(f -> f.endsWith("report.json"))
        .anyMatch(f -> f.endsWith("report.html")).anyMatch(f -> f.toString().endsWith(".xml"));
    Map<String, String> outputs = new java.util.LinkedHashMap<>();
    outputs.put("stdout", run.out());
    outputs.put("stderr", run.err());
    for (Path file : files) {
      outputs.put(file.toString(), Files.readString(file));
    }
    outputs.forEach((name, text) -> {
      assertThat(text).as("%s", name).doesNotContain("PRIVATE KEY");
      for (String line : keyBody.subList(0, keyBody.size() - 1)) {
        assertThat(text).as("%s holds a line of the device key", name).doesNotContain(line);
      }
    });
    assertThat(outputs.get(files.stream().filter(f -> f.endsWith("report.json")).findFirst().orElseThrow().toString()))
        .as("the redaction is visible").contains("[private key redacted]");
  }

  @Test
  @DisplayName("after a run, no thread, socket or child process is left: reference client, and a client that hangs with children")
  void nothingIsLeftBehind() throws InterruptedException {
    // Warm-up: the JDK starts some threads of its own lazily and keeps them ("process reaper",
    // the pool that waits for child processes); they are the JVM's, not the run's.
    SuiteRuns.run(Suites.CLIENT, Map.of(RunSettings.ONLY, "C-TRUST-01"));
    SuiteRuns.run(Suites.CLIENT, Map.of(RunSettings.ONLY, "C-TRUST-01", RunSettings.CLIENT, "command", RunSettings.COMMAND, "true"));
    Set<String> threadsBefore = Leftovers.threads();
    int socketsBefore = Leftovers.openSockets();

    List<CaseResult> reference = SuiteRuns.run(Suites.CLIENT, Map.of());
    String mark = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    List<CaseResult> hanging = SuiteRuns.run(List.of(ClientTrustSuite.class), Map.of(
        RunSettings.CLIENT, "command",
        RunSettings.COMMAND, "sh -c 'sleep " + mark + " & sleep " + mark + "'",
        RunSettings.ONLY, "C-TRUST-01,C-TRUST-02,C-TRUST-03",
        RunSettings.TIMEOUT_MS, "500"));

    assertThat(reference).as(SuiteRuns.describe(reference)).isNotEmpty().allMatch(r -> r.outcome() != Outcome.ERROR);
    assertThat(hanging).as(SuiteRuns.describe(hanging)).hasSize(3).allMatch(r -> r.outcome() == Outcome.ERROR);
    Set<String> threadsLeft = new HashSet<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    do {
      threadsLeft = new HashSet<>(Leftovers.threads());
      threadsLeft.removeAll(threadsBefore);
      if (threadsLeft.isEmpty()) {
        break;
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    assertThat(threadsLeft).as("threads started by the runs and still alive").isEmpty();
    assertThat(Leftovers.openSockets()).as("sockets open after the runs (before: %d)", socketsBefore).isLessThanOrEqualTo(socketsBefore);
    assertThat(Leftovers.childProcesses()).as("child processes of this JVM").isEmpty();
    assertThat(Leftovers.processes("sleep " + mark)).as("the hanging client's processes").isEmpty();
  }

  @Test
  @DisplayName("a run prints its time bound at the start, and a run with a client that never exits stays under it")
  void runStaysUnderItsPrintedBound() {
    long start = System.nanoTime();
    CliRun run = CliRun.of("client", "--cmd", "sleep 1000", "--only", "C-TRUST-0", "--timeout", "500ms",
        "--report-dir", reports.toString(), "--fixtures", SuiteRuns.FIXTURES.toString());
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    RunSettings settings = RunSettings.from(key -> Optional.ofNullable(Map.of(
        RunSettings.ONLY, "C-TRUST-0", RunSettings.TIMEOUT_MS, "500").get(key)));
    TimeBudget budget = new TimeBudget(settings.timeout(), Suites.caseCount(settings, Suites.CLIENT));
    assertThat(budget.cases()).isEqualTo(9);
    assertThat(run.out()).as("%s", run).contains("Bound:   " + budget.describe());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(ConformanceCli.HARNESS);
    assertThat(took).as("run time; bound %s", budget.describe()).isLessThan(budget.run());
    // Nine cases of a 500 ms timeout: far under the bound, which allows for a cold store.
    assertThat(took).as("run time of 9 cases with a 500 ms timeout").isLessThan(budget.perCase().multipliedBy(9));
  }
}
