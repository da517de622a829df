package dev.resync.conformance.report;

/** Escaping for HTML and XML text and attributes, shared by the HTML and JUnit XML reports. */
final class Markup {

  private Markup() {}

  /**
   * Scrubs key material, escapes markup, and shows control characters as {@code \\uXXXX}:
   * XML 1.0 cannot carry most of them even escaped, and a rogue name may hold a NUL.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    String scrubbed = Redaction.scrub(text);
    StringBuilder out = new StringBuilder(scrubbed.length() + 16);
    for (int i = 0; i < scrubbed.length(); i++) {
      char c = scrubbed.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
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
