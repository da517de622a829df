package dev.resync.conformance.rogue;

import dev.resync.conformance.pki.CertificateSpec;
import dev.resync.conformance.pki.StandInPki;
import dev.resync.conformance.pki.StoredCredential;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;

/**
 * The catalogue of rogue device (client) credentials a provisioning server must refuse: each
 * the genuine device certificate (same subject, same key) with exactly one defect, tied to the
 * server requirement it probes. A client with no certificate at all is not a credential and
 * is its own case in the suite.
 */
public enum RogueDeviceRecipe {
  /** Signed by its own key: anyone can make one with any MAC in it. */
  SELF_SIGNED(
      "self-signed", "S-MTLS-03", "refuses a self-signed device certificate",
      (pki, name) -> pki.selfSigned(name, pki.deviceSpec(StandInPki.GENUINE_DEVICE))),

  /** Signed by the device root, but its validity ended yesterday. */
  EXPIRED(
      "expired", "S-MTLS-04", "refuses an expired device certificate",
      (pki, name) -> pki.issue(name, genuine(pki).validity(daysFromNow(-730), daysFromNow(-1)).build(), pki.deviceRoot())),

  /** Signed by a CA unrelated to the vendor. */
  UNRELATED_CA(
      "unrelated-ca", "S-MTLS-05", "refuses a device certificate signed by an unrelated CA",
      (pki, name) -> pki.issue(name, genuine(pki).build(), pki.unrelatedRoot())),

  /** Signed by a root with the device root's exact subject but another key: only the signature tells. */
  LOOKALIKE_ROOT(
      "lookalike-root", "S-MTLS-06", "refuses a device certificate from a lookalike of the device root (same subject, other key)",
      (pki, name) -> pki.issue(name, genuine(pki).build(), lookalikeDeviceRoot(pki))),

  /** The device subject and purpose, but signed by the provisioning (server) root: the other hierarchy. */
  PROVISIONING_HIERARCHY(
      "provisioning-hierarchy", "S-MTLS-07",
      "refuses a client certificate from the provisioning-server hierarchy (the other root)",
      (pki, name) -> pki.issue(name, genuine(pki).build(), pki.provisioningRoot()));

  private final String slug;
  private final String requirementId;
  private final String description;
  private final BiFunction<StandInPki, String, StoredCredential> recipe;

  RogueDeviceRecipe(String slug, String requirementId, String description, BiFunction<StandInPki, String, StoredCredential> recipe) {
    this.slug = slug;
    this.requirementId = requirementId;
    this.description = description;
    this.recipe = recipe;
  }

  public String slug() {
    return slug;
  }

  public String requirementId() {
    return requirementId;
  }

  /** The requirement, as a predicate on the server. */
  public String description() {
    return description;
  }

  public Level level() {
    return Level.MUST;
  }

  public String source() {
    return this == PROVISIONING_HIERARCHY ? SeedSentences.TWO_ROOTS : SeedSentences.NO_SPOOFING;
  }

  /** The credential, from the fixture store (made once). */
  public StoredCredential credential(StandInPki pki) {
    return recipe.apply(pki, "rogue-device/" + slug);
  }

  private static CertificateSpec.Builder genuine(StandInPki pki) {
    return pki.deviceSpec(StandInPki.GENUINE_DEVICE).toBuilder();
  }

  private static Instant daysFromNow(long days) {
    return Instant.now().plus(Duration.ofDays(days));
  }

  private static StoredCredential lookalikeDeviceRoot(StandInPki pki) {
    return pki.selfSigned("rogue-device/issuers/lookalike-root", pki.rootSpec(StandInPki.DEVICE_ROOT_SUBJECT, "lookalike-root"));
  }
}
