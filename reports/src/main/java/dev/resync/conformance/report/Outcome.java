package dev.resync.conformance.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The five outcomes a conformance case can have, and no others.
 *
 * <p>FAIL and WARN say the peer broke a MUST or a SHOULD; ERROR says the harness could not
 * decide (the peer never connected, the handshake died before the evidence was produced, a
 * timeout); N/A says the selected profile excludes the case.
 */
public enum Outcome {
  PASS("PASS"),
  FAIL("FAIL"),
  WARN("WARN"),
  ERROR("ERROR"),
  NOT_APPLICABLE("N/A");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  @JsonCreator
  public static Outcome ofLabel(String label) {
    for (Outcome outcome : values()) {
      if (outcome.label.equals(label)) {
        return outcome;
      }
    }
    throw new IllegalArgumentException("unknown outcome: " + label);
  }
}
