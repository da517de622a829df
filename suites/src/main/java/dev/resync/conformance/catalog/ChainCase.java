package dev.resync.conformance.catalog;

/** A server chain case: one property of the chain the server presents. */
public record ChainCase(Requirement requirement, Check check) {

  /** What the case checks, each by its own rule in {@code ChainJudge}. */
  public enum Check {
    ANCHOR, HOST, VALIDITY, KEY_AND_HASH, ORDER
  }

  @Override
  public String toString() {
    return requirement.displayName();
  }
}
