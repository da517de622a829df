package dev.resync.conformance.suite;

import dev.resync.conformance.catalog.OfferCase;
import dev.resync.conformance.catalog.Requirement;

/**
 * A single-suite or single-version case with its requirement as the selected profile words it,
 * so that the test's display name reads "C-CIPHER-07 [SHOULD] completes a handshake with ...".
 */
public record ProfiledCase(OfferCase offerCase, Requirement requirement) {

  @Override
  public String toString() {
    return requirement.displayName();
  }
}
