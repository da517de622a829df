package dev.resync.conformance.catalog;

import dev.resync.conformance.rogue.Level;

/**
 * What the selected profile makes of one single-suite or single-version scenario: whether a
 * conformant client completes a handshake with it, under which rule and at which level.
 *
 * @param rule the profile rule this comes from, such as {@code suites.forbidden}
 * @param why the rule in words, for titles and reasons: "the profile forbids it"
 */
public record Expectation(Kind kind, Level level, String rule, String why) {

  public enum Kind {
    /** A conformant client completes the handshake and requests its profile. */
    ACCEPT,
    /** A conformant client completes no handshake (it does not offer the suite, or aborts). */
    REFUSE,
    /** The profile allows it without asking for it: nothing to check, the case is N/A. */
    OPTIONAL
  }

  static Expectation of(Kind kind, String level, String rule, String why) {
    return new Expectation(kind, Level.valueOf(level), rule, why);
  }

  /** Forbidden suites and versions must not even be offered: the offer alone decides the case. */
  public boolean offerForbidden() {
    return kind == Kind.REFUSE && rule.endsWith(".forbidden");
  }
}
