package dev.resync.conformance.catalog;

import dev.resync.conformance.rogue.Level;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One requirement the suite checks: a stable ID ({@code C-TRUST-03}: direction, area, number),
 * its level, the sentence a conformant peer satisfies, and where it comes from.
 *
 * @param title the requirement as a predicate on the peer, e.g. "rejects an expired certificate"
 * @param tags JUnit tags of the cases that check it (direction and area)
 */
public record Requirement(String id, Level level, String title, String source, List<String> tags) {

  private static final Pattern ID = Pattern.compile("[CS]-[A-Z]+-\\d{2}");

  public Requirement {
    Objects.requireNonNull(level, "level");
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("requirement IDs look like C-TRUST-03, got " + id);
    }
    if (title == null || title.isBlank() || source == null || source.isBlank()) {
      throw new IllegalArgumentException(id + ": a requirement needs its sentence and its source");
    }
    tags = List.copyOf(tags);
  }

  /** The area, such as {@code C-TRUST}. */
  public String area() {
    return id.substring(0, id.lastIndexOf('-'));
  }

  /** The same requirement, titled for one of its cases (one suite, one recipe): same ID, level and source. */
  public Requirement withTitle(String caseTitle) {
    return new Requirement(id, level, caseTitle, source, tags);
  }

  /** How the case reads in a test report: {@code C-TRUST-03 [MUST] rejects ...}. */
  public String displayName() {
    return id + " [" + level + "] " + title;
  }
}
