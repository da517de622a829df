package dev.resync.conformance.catalog;

import dev.resync.conformance.rogue.RogueDeviceRecipe;

/**
 * A server access case: the probe asks for a profile as some client, and the server must serve
 * it (the genuine device asking for its own) or refuse (anyone else, or the genuine device
 * asking for another device's profile).
 *
 * @param recipe for {@link Presenting#ROGUE}: the rogue device credential; else null
 * @param otherDevice the URL names another device's MAC than the certificate's
 */
public record AccessCase(Requirement requirement, Presenting presenting, RogueDeviceRecipe recipe, boolean otherDevice) {

  /** What the probe presents when the server asks for a certificate. */
  public enum Presenting { GENUINE, NONE, ROGUE }

  public AccessCase {
    if ((presenting == Presenting.ROGUE) != (recipe != null)) {
      throw new IllegalArgumentException(requirement.id() + ": a rogue case needs a recipe, and only it");
    }
  }

  /** Only the genuine device asking for its own profile is to be served. */
  public boolean shouldServe() {
    return presenting == Presenting.GENUINE && !otherDevice;
  }

  public String scenario() {
    String who = switch (presenting) {
      case GENUINE -> "the genuine device identity";
      case NONE -> "no client certificate";
      case ROGUE -> "rogue device certificate '" + recipe.slug() + "'";
    };
    return "GET of " + (otherDevice ? "another device's" : "the device's own") + " profile, presenting " + who;
  }

  @Override
  public String toString() {
    return requirement.displayName();
  }
}
