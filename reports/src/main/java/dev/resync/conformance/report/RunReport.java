package dev.resync.conformance.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run of the suite: what was run against what, and every case's verdict.
 *
 * @param runId unique, sortable name of the run (also its directory name)
 * @param partial true when the run was interrupted and some cases never ran
 * @param settings the options the run was started with (profile, filters, timeouts)
 */
public record RunReport(
    String runId,
    String tool,
    Instant startedAt,
    Instant finishedAt,
    boolean partial,
    String command,
    Map<String, String> settings,
    Summary summary,
    List<CaseResult> results) {

  public RunReport {
    settings = Map.copyOf(settings);
    results = List.copyOf(results);
  }

  public static RunReport of(
      String runId,
      Instant startedAt,
      Instant finishedAt,
      boolean partial,
      String command,
      Map<String, String> settings,
      List<CaseResult> results) {
    return new RunReport(
        runId,
        "resync-conformance",
        startedAt,
        finishedAt,
        partial,
        command,
        settings,
        Summary.of(results),
        results);
  }
}
