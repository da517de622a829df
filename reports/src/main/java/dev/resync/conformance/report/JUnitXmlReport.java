package dev.resync.conformance.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JUnit XML (the Ant/Surefire dialect every CI server reads): one file per area, one
 * {@code testcase} per requirement. FAIL is a {@code failure}, ERROR an {@code error}, N/A a
 * {@code skipped}; WARN passes, with the reason in {@code system-out}.
 */
public final class JUnitXmlReport {

  private JUnitXmlReport() {}

  /** Suite name (such as {@code C-TRUST}) to XML document, in the order of first appearance. */
  public static Map<String, String> render(RunReport report) {
    Map<String, List<CaseResult>> byArea = new LinkedHashMap<>();
    for (CaseResult result : report.results()) {
      byArea.computeIfAbsent(result.area(), k -> new java.util.ArrayList<>()).add(result);
    }
    Map<String, String> documents = new LinkedHashMap<>();
    byArea.forEach((area, results) -> documents.put(area, document(report, area, results)));
    if (documents.isEmpty()) {
      // A run interrupted before its first verdict still leaves a file CI can read.
      documents.put("run", document(report, "run", List.of()));
    }
    return documents;
  }

  private static String document(RunReport report, String area, List<CaseResult> results) {
    Summary summary = Summary.of(results);
    long totalMs = results.stream().mapToLong(CaseResult::durationMs).sum();
    StringBuilder xml = new StringBuilder(4096);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<testsuite name=\"")
        .append(attr("resync-conformance." + area))
        .append("\" tests=\"")
        .append(summary.total())
        .append("\" failures=\"")
        .append(summary.fail())
        .append("\" errors=\"")
        .append(summary.error())
        .append("\" skipped=\"")
        .append(summary.na())
        .append("\" time=\"")
        .append(seconds(totalMs))
        .append("\" timestamp=\"")
        .append(attr(String.valueOf(report.startedAt())))
        .append("\">\n");
    xml.append("  <properties>\n    <property name=\"partial\" value=\"")
        .append(report.partial())
        .append("\"/>\n  </properties>\n");
    for (CaseResult result : results) {
      xml.append("  <testcase classname=\"")
          .append(attr("resync-conformance." + area))
          .append("\" name=\"")
          .append(attr(result.id() + " [" + result.level() + "] " + result.title()))
          .append("\" time=\"")
          .append(seconds(result.durationMs()))
          .append("\">\n");
      String detail =
          "Scenario: " + result.scenario() + "\nTarget: " + result.target() + "\nExpected: "
              + result.expected() + "\nActual: " + result.actual() + "\nEvidence:\n"
              + ReportJson.write(result.evidence());
      switch (result.outcome()) {
        case FAIL -> element(xml, "failure", result.reason(), detail);
        case ERROR -> element(xml, "error", result.reason(), detail);
        case NOT_APPLICABLE -> xml.append("    <skipped message=\"")
            .append(attr(result.reason()))
            .append("\"/>\n");
        case WARN, PASS -> xml.append("    <system-out>")
            .append(text(result.outcome().label() + ": " + result.reason() + "\n" + detail))
            .append("</system-out>\n");
      }
      xml.append("  </testcase>\n");
    }
    xml.append("</testsuite>\n");
    return xml.toString();
  }

  private static void element(StringBuilder xml, String name, String message, String body) {
    xml.append("    <")
        .append(name)
        .append(" message=\"")
        .append(attr(message))
        .append("\">")
        .append(text(body))
        .append("</")
        .append(name)
        .append(">\n");
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }

  private static String attr(String value) {
    return text(value).replace("\n", "&#10;");
  }

  private static String text(String value) {
    return Markup.escape(value);
  }
}
