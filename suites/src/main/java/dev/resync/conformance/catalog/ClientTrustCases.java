package dev.resync.conformance.catalog;

import dev.resync.conformance.rogue.Level;
import dev.resync.conformance.rogue.RogueRecipe;
import dev.resync.conformance.rogue.SeedSentences;
import java.util.ArrayList;
import java.util.List;

/**
 * C-TRUST: the client accepts the genuine provisioning server and rejects every rogue one. One
 * case per rogue recipe, plus the genuine case, which keeps the rest honest: a client that
 * rejects everything fails it.
 */
public final class ClientTrustCases {

  public static final List<String> TAGS = List.of("client", "trust");

  public static final TrustCase GENUINE =
      new TrustCase(
          new Requirement(
              "C-TRUST-01",
              Level.MUST,
              "accepts the genuine server certificate, signed by the provisioning root",
              SeedSentences.SIGNED_DIRECTLY,
              TAGS),
          null);

  private static final List<TrustCase> ALL = build();

  private ClientTrustCases() {}

  public static List<TrustCase> all() {
    return ALL;
  }

  private static List<TrustCase> build() {
    List<TrustCase> cases = new ArrayList<>();
    cases.add(GENUINE);
    for (RogueRecipe recipe : RogueRecipe.values()) {
      cases.add(
          new TrustCase(
              new Requirement(recipe.requirementId(), recipe.level(), recipe.description(), recipe.source(), TAGS),
              recipe));
    }
    return List.copyOf(cases);
  }
}
