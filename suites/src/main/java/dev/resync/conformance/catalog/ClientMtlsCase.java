package dev.resync.conformance.catalog;

import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.rogue.RogueRecipe;

/**
 * A client mutual-authentication case: a scenario server that asks for a client certificate,
 * and what a conformant client does with its device certificate there.
 *
 * @param recipe for {@link Kind#ROGUE_SERVER}: the rogue server credential; else null
 */
public record ClientMtlsCase(Requirement requirement, Kind kind, RogueRecipe recipe) {

  /** The scenarios. */
  public enum Kind {
    /** The genuine server asks for a certificate from the device root: present it, fetch the profile. */
    GENUINE_REQUEST,
    /** Same scenario; judged on the subject of what was presented. */
    DEVICE_FORMAT,
    /** A rogue server (one trust recipe) asks for a certificate from the device root: never send it. */
    ROGUE_SERVER,
    /** The genuine server asks for a certificate from an unrelated CA: the profile says what to do. */
    FOREIGN_AUTHORITIES
  }

  public ClientMtlsCase {
    if ((kind == Kind.ROGUE_SERVER) != (recipe != null)) {
      throw new IllegalArgumentException(requirement.id() + ": a rogue-server case needs a recipe, and only it");
    }
  }

  public String scenario() {
    return switch (kind) {
      case GENUINE_REQUEST, DEVICE_FORMAT ->
          "genuine server requiring a client certificate, its CertificateRequest naming the device root";
      case ROGUE_SERVER -> "rogue server '" + recipe.slug() + "' asking for a client certificate from the device root";
      case FOREIGN_AUTHORITIES ->
          "genuine server asking for a client certificate from an unrelated CA only";
    };
  }

  /** Null when the case applies under the profile; else why not. */
  public String notApplicableUnder(Profile profile) {
    if (kind != Kind.ROGUE_SERVER) {
      return null;
    }
    String reason = recipe.notApplicableUnder(profile);
    return reason == null ? null : reason + ": that server is not rogue under this profile";
  }

  @Override
  public String toString() {
    return requirement.displayName();
  }
}
