package dev.resync.conformance.catalog;

import dev.resync.conformance.pki.StandInPki;
import dev.resync.conformance.pki.StoredCredential;
import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.rogue.RogueRecipe;
import java.util.List;

/**
 * A client trust case: a scenario server presenting one credential, and whether a conformant
 * client accepts it. The genuine case has no recipe.
 */
public record TrustCase(Requirement requirement, RogueRecipe recipe) {

  public boolean genuine() {
    return recipe == null;
  }

  /** The scenario, as the report names it. */
  public String scenario() {
    return genuine()
        ? "server presents the genuine chain (leaf for localhost, signed by the provisioning root)"
        : "rogue server '" + recipe.slug() + "': " + recipe.description().replaceFirst("^rejects ", "");
  }

  public StoredCredential credential(StandInPki pki) {
    return genuine() ? pki.genuineServer() : recipe.credential(pki);
  }

  /** Versions the scenario server speaks; empty for all. */
  public List<String> serverProtocols() {
    return genuine() ? List.of() : recipe.serverProtocols();
  }

  /** Null when a conformant client must decide this case under the profile; else why not. */
  public String notApplicableUnder(Profile profile) {
    return genuine() ? null : recipe.notApplicableUnder(profile);
  }

  @Override
  public String toString() {
    return requirement.displayName();
  }
}
