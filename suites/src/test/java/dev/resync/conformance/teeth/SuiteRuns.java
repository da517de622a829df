package dev.resync.conformance.teeth;

import dev.resync.conformance.cli.SuiteLauncher;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Outcome;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Runs shipped suites against a target, the way the CLI does, for the project's own tests. */
public final class SuiteRuns {

  /** One store for every run of the project's tests: generated once per build. */
  public static final Path FIXTURES = Path.of("target", "fixtures");

  private SuiteRuns() {}

  public static List<CaseResult> run(List<Class<?>> suites, Map<String, String> parameters) {
    Map<String, String> all = new HashMap<>(parameters);
    all.putIfAbsent(RunSettings.FIXTURES, FIXTURES.toString());
    RunSettings settings = RunSettings.from(key -> Optional.ofNullable(all.get(key)));
    return new SuiteLauncher(new PrintStream(OutputStream.nullOutputStream())).execute(settings, suites);
  }

  public static Set<String> ids(List<CaseResult> results, Outcome outcome) {
    Set<String> ids = new TreeSet<>();
    for (CaseResult result : results) {
      if (result.outcome() == outcome) {
        ids.add(result.id());
      }
    }
    return ids;
  }

  /** Every result on one line each, for assertion messages. */
  public static String describe(List<CaseResult> results) {
    StringBuilder text = new StringBuilder();
    for (CaseResult result : results) {
      text.append(String.format("%n  %-5s %s: %s | %s", result.outcome().label(), result.id(), result.reason(), result.actual()));
    }
    return text.toString();
  }
}
