package dev.resync.conformance.harness;

import dev.resync.conformance.catalog.Requirement;
import dev.resync.conformance.client.ClientUnderTest;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.verdict.Verdict;

/** A verdict on a requirement, as the report carries it. */
final class CaseResults {

  private CaseResults() {}

  static CaseResult of(Requirement requirement, String scenario, Verdict verdict, ClientUnderTest client, long startNanos) {
    return new CaseResult(
        requirement.id(),
        requirement.title(),
        requirement.level().name(),
        scenario,
        verdict.outcome(),
        verdict.reason(),
        client.describe(),
        verdict.expected(),
        verdict.actual(),
        verdict.evidence(),
        requirement.source(),
        requirement.tags(),
        (System.nanoTime() - startNanos) / 1_000_000);
  }
}
