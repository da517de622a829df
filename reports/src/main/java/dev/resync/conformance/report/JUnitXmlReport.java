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
    return text(value).replace("\"", "&quot;").replace("\n", "&#10;");
  }

  /** XML 1.0 cannot carry most control characters even escaped: they become visible escapes. */
  private static String text(String value) {
    if (value == null) {
      return "";
    }
    String scrubbed = Redaction.scrub(value);
    StringBuilder out = new StringBuilder(scrubbed.length() + 16);
    for (int i = 0; i < scrubbed.length(); i++) {
      char c = scrubbed.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        default -> {
          if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
