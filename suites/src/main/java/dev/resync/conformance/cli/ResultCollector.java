package dev.resync.conformance.cli;

import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.report.Redaction;
import dev.resync.conformance.report.ReportJson;
import dev.resync.conformance.suite.VerdictRecorder;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Collects each case's result from the report entries the suites publish, prints a progress
 * line per case, and turns anything that ended without a result (a crash in the harness, a
 * suite that could not start) into an ERROR, so that nothing run goes unreported.
 */
public final class ResultCollector implements TestExecutionListener {

  private static final Pattern ID = Pattern.compile("([CS]-[A-Z]+-\\d{2})");

  private final PrintStream progress;
  private final List<CaseResult> results = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();

  public ResultCollector(PrintStream progress) {
    this.progress = progress;
  }

  /** A snapshot, in the order the cases finished. */
  public synchronized List<CaseResult> results() {
    return List.copyOf(results);
  }

  @Override
  public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
    String json = entry.getKeyValuePairs().get(VerdictRecorder.ENTRY_KEY);
    if (json != null) {
      add(test, ReportJson.read(json, CaseResult.class));
    }
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    boolean unreported;
    synchronized (this) {
      unreported = !reported.contains(test.getUniqueId());
    }
    if (unreported && result.getStatus() == TestExecutionResult.Status.FAILED) {
      String why = result.getThrowable().map(t -> t.getClass().getSimpleName() + ": " + firstLine(t.getMessage())).orElse("failed");
      Matcher id = ID.matcher(test.getDisplayName());
      add(test, new CaseResult(
          id.find() ? id.group(1) : "HARNESS",
          test.getDisplayName(),
          "MUST",
          test.isTest() ? "a case" : "suite " + test.getDisplayName(),
          Outcome.ERROR,
          "the harness could not run this: " + why,
          "", "", "", Map.of(), "", List.of(), 0));
    }
  }

  private void add(TestIdentifier test, CaseResult result) {
    int count;
    synchronized (this) {
      reported.add(test.getUniqueId());
      results.add(result);
      count = results.size();
    }
    progress.printf("%4d  %-5s %-11s %s (%d ms)%n", count, result.outcome().label(), result.id(), result.title(), result.durationMs());
    if (result.outcome() != Outcome.PASS) {
      progress.printf("                        %s%n", Redaction.scrub(result.reason()));
    }
    progress.flush();
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
