package dev.resync.conformance.catalog;

import dev.resync.conformance.catalog.AccessCase.Presenting;
import dev.resync.conformance.rogue.Level;
import dev.resync.conformance.rogue.RogueDeviceRecipe;
import dev.resync.conformance.rogue.SeedSentences;
import java.util.ArrayList;
import java.util.List;

/**
 * S-MTLS: the server demands a valid device certificate. The genuine identity gets its profile
 * (which keeps the refusals honest: a server that refuses everyone fails it); no certificate and
 * each rogue device certificate are refused, at the TLS layer or with an HTTP 4xx and no profile.
 */
public final class ServerMtlsCases {

  public static final List<String> TAGS = List.of("server", "mtls");

  static final String REQUIRE =
      "Vendor guide, mutual authentication: SSLVerifyClient require, SSLCACertificateFile = the client root;"
          + " only a phone with a valid client certificate may fetch its profile.";

  private static final List<AccessCase> ALL = build();

  private ServerMtlsCases() {}

  public static List<AccessCase> all() {
    return ALL;
  }

  private static List<AccessCase> build() {
    List<AccessCase> cases = new ArrayList<>();
    cases.add(new AccessCase(new Requirement("S-MTLS-01", Level.MUST,
        "serves the genuine device its profile", REQUIRE, TAGS), Presenting.GENUINE, null, false));
    cases.add(new AccessCase(new Requirement("S-MTLS-02", Level.MUST,
        "refuses a client that presents no certificate", REQUIRE, TAGS), Presenting.NONE, null, false));
    for (RogueDeviceRecipe recipe : RogueDeviceRecipe.values()) {
      cases.add(new AccessCase(
          new Requirement(recipe.requirementId(), recipe.level(), recipe.description(), recipe.source(), TAGS),
          Presenting.ROGUE, recipe, false));
    }
    return List.copyOf(cases);
  }
}
