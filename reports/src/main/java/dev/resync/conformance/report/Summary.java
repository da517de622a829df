package dev.resync.conformance.report;

import java.util.Collection;

/** Counts of outcomes in a run. */
public record Summary(int total, int pass, int fail, int warn, int error, int na) {

  public static Summary of(Collection<CaseResult> results) {
    int pass = 0;
    int fail = 0;
    int warn = 0;
    int error = 0;
    int na = 0;
    for (CaseResult result : results) {
      switch (result.outcome()) {
        case PASS -> pass++;
        case FAIL -> fail++;
        case WARN -> warn++;
        case ERROR -> error++;
        case NOT_APPLICABLE -> na++;
      }
    }
    return new Summary(results.size(), pass, fail, warn, error, na);
  }

  /** The process exit code of a run with these counts: 1 non-conformant, 3 undecided, 0 conformant. */
  public int exitCode() {
    if (fail > 0) {
      return 1;
    }
    return error > 0 ? 3 : 0;
  }

  public String verdict() {
    return switch (exitCode()) {
      case 1 -> "NOT CONFORMANT";
      case 3 -> "UNDECIDED (harness errors)";
      default -> "CONFORMANT";
    };
  }
}
