package dev.resync.conformance.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.harness.TimeBudget;
import dev.resync.conformance.suite.Suites;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.RunReport;
import dev.resync.conformance.report.ReportWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs suite classes through the JUnit Platform Launcher with the given settings, and writes
 * the run's report, even when the run is interrupted (a shutdown hook writes what was done,
 * marked partial).
 */
public final class SuiteLauncher {

  private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final PrintStream progress;

  public SuiteLauncher(PrintStream progress) {
    this.progress = progress;
  }

  /** The outcome of a run: its report and where it was written (null if it could not be). */
  public record Run(RunReport report, Path directory) {}

  /** Runs the suites without writing anything: what the project's own tests use. */
  public List<CaseResult> execute(RunSettings settings, List<Class<?>> suites) {
    ResultCollector collector = new ResultCollector(progress);
    launch(settings, suites, collector);
    return collector.results();
  }

  public Run run(RunSettings settings, List<Class<?>> suites, String command, Path reportRoot) throws IOException {
    return run(settings, suites, command, reportRoot, Map.of());
  }

  /**
   * As {@link #run(RunSettings, List, String, Path)}, recording {@code context} among the
   * report's settings: what the run's target was beyond the parameters (a container's image, its
   * configuration, the file its log is kept in).
   */
  public Run run(RunSettings settings, List<Class<?>> suites, String command, Path reportRoot, Map<String, String> context)
      throws IOException {
    ReportWriter writer = new ReportWriter(reportRoot);
    String runId = RUN_ID.format(Instant.now()) + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    Instant started = Instant.now();
    ResultCollector collector = new ResultCollector(progress);
    Map<String, String> recorded = new LinkedHashMap<>(settings.toParameters());
    recorded.putAll(context);
    Thread onInterrupt =
        new Thread(() -> {
          try {
            Path dir = writer.write(RunReport.of(runId, started, Instant.now(), true, command, recorded, collector.results()));
            System.err.println("interrupted: partial report written to " + dir);
          } catch (IOException | RuntimeException e) {
            System.err.println("interrupted: could not write the partial report: " + e.getMessage());
          }
        }, "partial-report");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    try {
      launch(settings, suites, collector);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // The hook is already running and writes the partial report.
      }
    }
    RunReport report = RunReport.of(runId, started, Instant.now(), false, command, recorded, collector.results());
    return new Run(report, writer.write(report));
  }

  private static void launch(RunSettings settings, List<Class<?>> suites, ResultCollector collector) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(suites.stream().map(s -> selectClass(s)).toList())
            .configurationParameters(settings.toParameters())
            .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
            // A safety net under the harness's own bounded waits: a case past its budget is
            // interrupted, and ends as an ERROR (ResultCollector) rather than holding the run.
            .configurationParameter("junit.jupiter.execution.timeout.testable.method.default",
                new TimeBudget(settings.timeout(), 1).perCase().toMillis() + " ms")
            .build();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, collector);
  }
}
