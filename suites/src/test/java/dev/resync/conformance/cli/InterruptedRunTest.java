package dev.resync.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.resync.conformance.report.ReportJson;
import dev.resync.conformance.teeth.Leftovers;
import dev.resync.conformance.teeth.SuiteRuns;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run stopped with Ctrl-C (SIGINT) or killed politely (SIGTERM) still writes its report,
 * marked partial, with the cases it finished, and leaves no client process running. The CLI
 * runs as a real process, from the test classpath (the jar is built after the tests).
 */
class InterruptedRunTest {

  @TempDir Path reports;

  @ParameterizedTest(name = "SIG{0}")
  @ValueSource(strings = {"INT", "TERM"})
  void interruptedRunWritesAPartialReport(String signal) throws Exception {
    String mark = "7." + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    Process cli = new ProcessBuilder(
            javaCommand("client", "--cmd", "sleep " + mark, "--timeout", "1s", "--only", "C-TRUST-0",
                "--report-dir", reports.toString(), "--fixtures", SuiteRuns.FIXTURES.toString()))
        .redirectErrorStream(true)
        .start();
    List<String> output = new ArrayList<>();
    int finished = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(cli.getInputStream(), StandardCharsets.UTF_8))) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      String line;
      // Two cases finished (each takes the 1 s timeout), the third under way: interrupt.
      while (finished < 2 && System.nanoTime() < deadline && (line = lines.readLine()) != null) {
        output.add(line);
        if (line.matches("\\s+\\d+\\s+ERROR\\s+C-TRUST-\\d\\d .*")) {
          finished++;
        }
      }
      assertThat(finished).as("cases finished before the signal: %s", output).isEqualTo(2);
      Thread.sleep(300);
      new ProcessBuilder("kill", "-" + signal, Long.toString(cli.pid())).inheritIO().start().waitFor();
      assertThat(cli.waitFor(20, TimeUnit.SECONDS)).as("the CLI exits after SIG%s", signal).isTrue();
      lines.lines().forEach(output::add);
    }

    assertThat(output).as("%s", output).anyMatch(l -> l.contains("interrupted: partial report written to "));
    Path run;
    try (Stream<Path> runs = Files.list(reports)) {
      run = runs.filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().equals("latest"))
          .findFirst().orElseThrow(() -> new AssertionError("no run directory in " + reports + "; output " + output));
    }
    JsonNode report = ReportJson.mapper().readTree(run.resolve("report.json").toFile());
    assertThat(report.get("partial").asBoolean()).as("report.json partial").isTrue();
    assertThat(report.get("results").size()).as("finished cases in the partial report").isBetween(2, 8);
    assertThat(report.get("results").get(0).get("id").asText()).isEqualTo("C-TRUST-01");
    assertThat(Files.readString(run.resolve("report.html"))).contains("PARTIAL: interrupted before every case ran");
    assertThat(Files.readString(run.resolve("junit/TEST-C-TRUST.xml"))).contains("<property name=\"partial\" value=\"true\"/>");
    assertThat(Leftovers.processes("sleep " + mark)).as("client processes left after SIG%s", signal).isEmpty();
  }

  /** {@code java -cp <the test classpath> ConformanceCli args...}: the CLI as the jar would run it. */
  static List<String> javaCommand(String... args) {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath, ConformanceCli.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  static String read(Path file) throws IOException {
    return Files.readString(file);
  }
}
