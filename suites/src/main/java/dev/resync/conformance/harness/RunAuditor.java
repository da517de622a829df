package dev.resync.conformance.harness;

import dev.resync.conformance.catalog.Requirement;
import dev.resync.conformance.pki.StoredCredential;
import dev.resync.conformance.report.CaseResult;
import dev.resync.conformance.server.ServerConfig;
import dev.resync.conformance.verdict.ConnectionLog;
import dev.resync.conformance.verdict.RunAuditJudge;
import dev.resync.conformance.verdict.Verdict;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the run-wide rules (C-CIPHER-01/02, C-PROTO-01/02) over the connections the run's
 * scenario servers logged. The suite that calls this runs last; when nothing ran before it
 * (say {@code --only C-CIPHER-01}), it first runs one probe of its own, the genuine server
 * offering everything, so that the rule is judged on something real.
 */
public final class RunAuditor {

  private static final String PROBE = "audit probe (genuine server, every suite and version)";

  private final ClientHarness harness;

  public RunAuditor(ClientHarness harness) {
    this.harness = harness;
  }

  public CaseResult run(Requirement requirement, RunAuditJudge.Rule rule) {
    long start = System.nanoTime();
    Verdict verdict;
    try {
      Map<String, Object> evidence = new LinkedHashMap<>();
      List<ConnectionLog.Entry> entries = entries(evidence);
      verdict = RunAuditJudge.judge(rule, harness.settings().profile(), entries, evidence);
    } catch (IOException | RuntimeException e) {
      verdict = Verdict.error("the harness failed: " + e, "judged over the run", Map.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      verdict = Verdict.error("interrupted", "judged over the run", Map.of());
    }
    return CaseResults.of(requirement, "every connection of the run's scenario servers", harness.client().describe(), verdict, start);
  }

  private List<ConnectionLog.Entry> entries(Map<String, Object> evidence) throws IOException, InterruptedException {
    ConnectionLog log = harness.log();
    synchronized (log) {
      if (log.entries().isEmpty()) {
        StoredCredential credential = harness.pki().genuineServer();
        ServerConfig config =
            ServerConfig.builder(credential.credential()).name("audit-probe").ioTimeout(harness.settings().timeout()).build();
        ScenarioFetch.run(config, harness.client(), harness.profilePath(), harness.settings().timeout(), log, PROBE);
        evidence.put("note", "no other scenario ran before this rule, so the harness ran one probe for it");
      }
      return log.entries();
    }
  }
}
