package dev.resync.conformance.verdict;

import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.rogue.Level;

/** The outcome of a broken requirement: FAIL for a MUST, WARN for a SHOULD. */
final class Outcomes {

  private Outcomes() {}

  static Outcome broken(Level level) {
    return level == Level.MUST ? Outcome.FAIL : Outcome.WARN;
  }
}
