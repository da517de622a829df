package dev.resync.conformance.cli;

import dev.resync.conformance.harness.Inputs;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.harness.TimeBudget;
import dev.resync.conformance.suite.Suites;
import dev.resync.conformance.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The part every subcommand that runs suites shares: check the report directory, run, report. */
final class SuiteRun {

  private SuiteRun() {}

  static int run(RunSettings settings, List<Class<?>> suites, String command, Path reportRoot) {
    return run(settings, suites, command, reportRoot, Map.of(), directory -> {});
  }

  /**
   * As above; {@code context} goes into the report's settings, and {@code afterRun} is given the
   * run's directory once the report is written and before the summary is printed (a container
   * target stops its container there and keeps its log next to the report).
   */
  static int run(RunSettings settings, List<Class<?>> suites, String command, Path reportRoot, Map<String, String> context,
      Consumer<Path> afterRun) {
    try {
      new ReportWriter(reportRoot).checkWritable();
    } catch (IOException | RuntimeException e) {
      throw new ConformanceCli.UsageProblem("cannot write reports to " + reportRoot + ": " + Inputs.oneLine(e));
    }
    Inputs.fixtures("--fixtures", settings.fixtures());
    System.out.println("Target:  " + settings.client() + (settings.command() != null ? " " + settings.command() : ""));
    System.out.println("Profile: " + settings.profile().name() + " (" + settings.profile().description() + ")");
    System.out.println("Bound:   " + new TimeBudget(settings.timeout(), Suites.caseCount(settings, suites)).describe());
    System.out.println();
    try {
      SuiteLauncher.Run run = new SuiteLauncher(System.out).run(settings, suites, command, reportRoot, context);
      afterRun.accept(run.directory());
      RunReporter.print(System.out, run.report(), run.directory());
      return run.report().summary().exitCode();
    } catch (IOException e) {
      throw new ConformanceCli.UsageProblem("cannot write reports to " + reportRoot + ": " + e.getMessage());
    }
  }
}
