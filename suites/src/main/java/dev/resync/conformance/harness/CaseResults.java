package dev.resync.conformance.harness;

import dev.resync.conformance.catalog.Requirement;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.verdict.Verdict;

/** A verdict, with the requirement it answers and the target it is about, as a report entry. */
final class CaseResults {

  private CaseResults() {}

  static CaseResult of(Requirement requirement, String scenario, String target, Verdict verdict, long startNanos) {
    return new CaseResult(
        requirement.id(),
        requirement.title(),
        requirement.level().name(),
        scenario,
        verdict.outcome(),
        verdict.reason(),
        target,
        verdict.expected(),
        verdict.actual(),
        verdict.evidence(),
        requirement.source(),
        requirement.tags(),
        (System.nanoTime() - startNanos) / 1_000_000);
  }
}
