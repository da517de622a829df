package dev.resync.conformance.cli;

import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.suite.Suites;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The main job: every suite, against the embedded defaults. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "The main job: run the conformance suites against the embedded defaults (the reference",
      "phone client, modelled on the firmware) and write the reports.",
    })
final class RunCommand implements Callable<Integer> {

  @Mixin CommonOptions options;

  @Override
  public Integer call() {
    RunSettings settings = options.settings(Map.of(RunSettings.CLIENT, "reference"));
    return SuiteRun.run(settings, Suites.all(), "conformance run", options.reportRoot());
  }
}
