package dev.resync.conformance.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The verdict of one conformance case, with the evidence it rests on.
 *
 * @param id stable requirement ID, such as {@code C-TRUST-03}
 * @param title the requirement as a sentence
 * @param level MUST or SHOULD
 * @param scenario what the harness set up (the scenario server or probe)
 * @param outcome the verdict
 * @param reason one line saying why this outcome, readable without the evidence
 * @param target the peer under test
 * @param expected what a conformant peer does in this scenario
 * @param actual what this peer did
 * @param evidence what was observed, as nested maps and lists of plain values
 * @param source the sentence of the vendor guide the requirement comes from
 * @param tags JUnit tags of the case (area, direction)
 * @param durationMs wall time of the case
 */
public record CaseResult(
    String id,
    String title,
    String level,
    String scenario,
    Outcome outcome,
    String reason,
    String target,
    String expected,
    String actual,
    Map<String, Object> evidence,
    String source,
    List<String> tags,
    long durationMs) {

  public CaseResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
    evidence = evidence == null ? Map.of() : evidence;
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** The requirement's area: {@code C-TRUST-03} belongs to {@code C-TRUST}. */
  public String area() {
    int last = id.lastIndexOf('-');
    return last > 0 ? id.substring(0, last) : id;
  }
}
