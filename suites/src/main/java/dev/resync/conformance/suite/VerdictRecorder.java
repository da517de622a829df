package dev.resync.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.report.ReportJson;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Hands a case's result to whoever runs the suite (the CLI collects these report entries to
 * write its reports), then turns the outcome into JUnit's terms: FAIL is an assertion failure
 * carrying the evidence, ERROR an exception saying why the harness could not decide, N/A an
 * aborted test with the profile's reason, PASS and WARN pass.
 */
public final class VerdictRecorder {

  /** The report entry key under which each case's result travels, as JSON. */
  public static final String ENTRY_KEY = "conformance.result";

  private final ExtensionContext context;

  VerdictRecorder(ExtensionContext context) {
    this.context = context;
  }

  public void check(CaseResult result) {
    context.publishReportEntry(Map.of(ENTRY_KEY, ReportJson.write(result)));
    switch (result.outcome()) {
      case NOT_APPLICABLE -> throw new TestAbortedException("N/A: " + result.reason());
      case ERROR -> throw new HarnessError(result);
      default -> assertThat(result.outcome())
          .withFailMessage(() -> failureMessage(result))
          .isNotEqualTo(Outcome.FAIL);
    }
  }

  static String failureMessage(CaseResult result) {
    return String.format(
        "%s [%s] %s%n  %s%n  expected: %s%n  actual:   %s%n  target:   %s%n  evidence: %s",
        result.id(), result.level(), result.title(), result.reason(), result.expected(), result.actual(),
        result.target(), ReportJson.write(result.evidence()).replace("\n", "\n  "));
  }

  /** The harness could not decide: not the peer's failure, and not a pass. */
  public static final class HarnessError extends RuntimeException {
    HarnessError(CaseResult result) {
      super("ERROR (harness could not decide): " + failureMessage(result));
    }
  }
}
