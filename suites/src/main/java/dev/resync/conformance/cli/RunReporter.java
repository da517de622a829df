package dev.resync.conformance.cli;

import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.report.Redaction;
import dev.resync.conformance.report.RunReport;
import dev.resync.conformance.report.Summary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The summary table a run prints at its end. */
final class RunReporter {

  private RunReporter() {}

  static void print(PrintStream out, RunReport report, Path directory) {
    Map<String, List<CaseResult>> byArea = new LinkedHashMap<>();
    for (CaseResult result : report.results()) {
      byArea.computeIfAbsent(result.area(), k -> new java.util.ArrayList<>()).add(result);
    }
    out.println();
    out.printf("%-12s %5s %5s %5s %5s %5s%n", "area", "PASS", "FAIL", "WARN", "ERROR", "N/A");
    byArea.forEach((area, results) -> {
      Summary s = Summary.of(results);
      out.printf("%-12s %5d %5d %5d %5d %5d%n", area, s.pass(), s.fail(), s.warn(), s.error(), s.na());
    });
    Summary total = report.summary();
    out.printf("%-12s %5d %5d %5d %5d %5d%n", "total", total.pass(), total.fail(), total.warn(), total.error(), total.na());
    out.println();
    for (CaseResult result : report.results()) {
      if (result.outcome() == Outcome.FAIL || result.outcome() == Outcome.ERROR || result.outcome() == Outcome.WARN) {
        out.printf("%-5s %s %s%n      %s%n", result.outcome().label(), result.id(), result.title(), Redaction.scrub(result.reason()));
      }
    }
    out.printf("%s: %d cases, %d failed, %d errors, %d warnings%n", total.verdict(), total.total(), total.fail(), total.error(), total.warn());
    if (directory != null) {
      out.println("Report: " + directory.resolve("report.html"));
      out.println("        " + directory.resolve("report.json"));
    }
  }
}
