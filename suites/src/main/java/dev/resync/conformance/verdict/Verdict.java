package dev.resync.conformance.verdict;

import dev.resync.conformance.report.Outcome;
import java.util.Map;

/**
 * A case's outcome with the reasoning behind it.
 *
 * @param reason one line: why this outcome
 * @param expected what a conformant peer does here
 * @param actual what this peer did
 * @param evidence what the harness observed, as plain values (see {@link Evidence})
 */
public record Verdict(Outcome outcome, String reason, String expected, String actual, Map<String, Object> evidence) {

  public static Verdict notApplicable(String reason, String expected) {
    return new Verdict(Outcome.NOT_APPLICABLE, reason, expected, "not run", Map.of());
  }

  public static Verdict error(String reason, String expected, Map<String, Object> evidence) {
    return new Verdict(Outcome.ERROR, reason, expected, "undecided", evidence);
  }
}
