package dev.resync.conformance.teeth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.suite.Suites;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The full default run, repeated, gives the same verdict for every case every time: a gate
 * whose verdicts flicker cannot gate anything. The count is the system property
 * {@code conformance.repeat} (default 20).
 */
class RepeatabilityTest {

  private static final int RUNS = Integer.getInteger("conformance.repeat", 20);

  @Test
  @DisplayName("the default run, repeated, gives identical verdicts")
  void defaultRunRepeatedGivesIdenticalVerdicts() {
    Map<String, Outcome> first = null;
    long start = System.nanoTime();
    for (int i = 1; i <= RUNS; i++) {
      List<CaseResult> results = SuiteRuns.run(Suites.CLIENT, Map.of());
      Map<String, Outcome> outcomes = new LinkedHashMap<>();
      results.forEach(r -> outcomes.put(r.id(), r.outcome()));
      if (first == null) {
        first = outcomes;
        assertThat(first).as("first run:%s", SuiteRuns.describe(results)).isNotEmpty().doesNotContainValue(Outcome.ERROR);
      }
      assertThat(outcomes).as("run %d of %d:%s", i, RUNS, SuiteRuns.describe(results)).isEqualTo(first);
    }
    System.out.printf("RepeatabilityTest: %d default runs, identical verdicts, %d ms%n", RUNS, (System.nanoTime() - start) / 1_000_000);
  }
}
