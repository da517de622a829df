package dev.resync.conformance.report;

import java.util.Map;

/**
 * One self-contained HTML page a QA lead can read: the verdict, then one row per requirement,
 * colour-coded, each with its evidence and the vendor-guide sentence behind it.
 */
public final class HtmlReport {

  private static final Map<Outcome, String> COLOURS =
      Map.of(
          Outcome.PASS, "#1b7f3b",
          Outcome.FAIL, "#c62828",
          Outcome.WARN, "#b26a00",
          Outcome.ERROR, "#6a1b9a",
          Outcome.NOT_APPLICABLE, "#607d8b");

  private HtmlReport() {}

  public static String render(RunReport report) {
    Summary summary = report.summary();
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Resync Conformance ")
        .append(esc(report.runId()))
        .append("</title><style>")
        .append("body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}")
        .append("table{border-collapse:collapse;width:100%}")
        .append("th,td{border-bottom:1px solid #ddd;padding:.4em;text-align:left;vertical-align:top}")
        .append(".o{color:#fff;font-weight:bold;padding:.1em .5em;border-radius:3px;white-space:nowrap}")
        .append("pre{background:#f6f6f6;padding:.5em;overflow:auto;max-height:30em}")
        .append("details summary{cursor:pointer;color:#1a4d8f}")
        .append(".src{font-style:italic;color:#555}")
        .append("</style></head><body>\n");
    html.append("<h1>Resync Conformance: ").append(esc(summary.verdict())).append("</h1>\n");
    html.append("<p>Run <code>")
        .append(esc(report.runId()))
        .append("</code>, ")
        .append(esc(String.valueOf(report.startedAt())))
        .append(" to ")
        .append(esc(String.valueOf(report.finishedAt())))
        .append(report.partial() ? " <b>(PARTIAL: interrupted before every case ran)</b>" : "")
        .append("<br>Command: <code>")
        .append(esc(report.command()))
        .append("</code></p>\n<p>");
    report.settings().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                html.append(esc(e.getKey()))
                    .append(": <code>")
                    .append(esc(e.getValue()))
                    .append("</code><br>"));
    html.append("</p>\n<p>");
    badge(html, Outcome.PASS, summary.pass());
    badge(html, Outcome.FAIL, summary.fail());
    badge(html, Outcome.WARN, summary.warn());
    badge(html, Outcome.ERROR, summary.error());
    badge(html, Outcome.NOT_APPLICABLE, summary.na());
    html.append(" of ").append(summary.total()).append(" cases</p>\n");
    html.append(
        "<table><tr><th>Requirement</th><th>Level</th><th>Outcome</th><th>What was checked, and what happened</th></tr>\n");
    for (CaseResult result : report.results()) {
      html.append("<tr id=\"").append(esc(result.id())).append("\"><td><code>")
          .append(esc(result.id()))
          .append("</code></td><td>")
          .append(esc(result.level()))
          .append("</td><td>");
      outcome(html, result.outcome());
      html.append("</td><td><b>")
          .append(esc(result.title()))
          .append("</b><br>Scenario: ")
          .append(esc(result.scenario()))
          .append("<br>")
          .append(esc(result.reason()))
          .append("<details><summary>Evidence (")
          .append(result.durationMs())
          .append(" ms)</summary><p>Target: <code>")
          .append(esc(result.target()))
          .append("</code><br>Expected: ")
          .append(esc(result.expected()))
          .append("<br>Actual: ")
          .append(esc(result.actual()))
          .append("</p><pre>")
          .append(esc(ReportJson.write(result.evidence())))
          .append("</pre></details>");
      if (result.source() != null && !result.source().isBlank()) {
        html.append("<div class=\"src\">Source: ").append(esc(result.source())).append("</div>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</table>\n</body></html>\n");
    return html.toString();
  }

  private static void badge(StringBuilder html, Outcome outcome, int count) {
    outcome(html, outcome);
    html.append(' ').append(count).append(" &nbsp; ");
  }

  private static void outcome(StringBuilder html, Outcome outcome) {
    html.append("<span class=\"o\" style=\"background:")
        .append(COLOURS.get(outcome))
        .append("\">")
        .append(outcome.label())
        .append("</span>");
  }

  static String esc(String text) {
    return Markup.escape(text);
  }
}
