package dev.resync.conformance.rogue;

/** How binding a requirement is (RFC 2119): a broken MUST fails a run, a broken SHOULD warns. */
public enum Level {
  MUST,
  SHOULD
}
