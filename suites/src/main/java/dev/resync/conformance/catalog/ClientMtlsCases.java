package dev.resync.conformance.catalog;

import dev.resync.conformance.catalog.ClientMtlsCase.Kind;
import dev.resync.conformance.rogue.Level;
import dev.resync.conformance.rogue.RogueRecipe;
import dev.resync.conformance.rogue.SeedSentences;
import java.util.ArrayList;
import java.util.List;

/**
 * C-MTLS: the client authenticates itself with its device certificate to the genuine server,
 * and to nobody else. The rogue-server requirement runs once per rogue trust recipe: a client
 * that sends its certificate before it has judged the server leaks the device's identity.
 */
public final class ClientMtlsCases {

  public static final List<String> TAGS = List.of("client", "mtls");

  static final String MUTUAL_AUTH =
      "«Le serveur et le client s'authentifient mutuellement à l'aide de clés publiques/privées et de certificats.»"
          + " Vendor guide: the client presents its per-device certificate, signed by the client root,"
          + " subject OU=<product>, L=<serial>, ST=<MAC>.";

  private static final Requirement PRESENTS =
      new Requirement("C-MTLS-01", Level.MUST,
          "presents a device certificate chaining to the device root when the genuine server asks, and fetches its profile",
          MUTUAL_AUTH, TAGS);
  private static final Requirement FORMAT =
      new Requirement("C-MTLS-02", Level.MUST,
          "presents a device certificate whose subject has the device format (OU=product, L=serial, ST=12 lower-case hex MAC)",
          MUTUAL_AUTH, TAGS);
  private static final Requirement NO_LEAK =
      new Requirement("C-MTLS-03", Level.MUST,
          "never sends its device certificate to a rogue server that asks for one",
          SeedSentences.NO_SPOOFING, TAGS);
  private static final Requirement FOREIGN =
      new Requirement("C-MTLS-04", Level.MUST,
          "answers a request for a certificate from an unrelated CA as the profile says (mtls.foreign-request)",
          SeedSentences.NO_SPOOFING, TAGS);

  private static final List<ClientMtlsCase> ALL = build();

  private ClientMtlsCases() {}

  public static List<ClientMtlsCase> all() {
    return ALL;
  }

  private static List<ClientMtlsCase> build() {
    List<ClientMtlsCase> cases = new ArrayList<>();
    cases.add(new ClientMtlsCase(PRESENTS, Kind.GENUINE_REQUEST, null));
    cases.add(new ClientMtlsCase(FORMAT, Kind.DEVICE_FORMAT, null));
    for (RogueRecipe recipe : RogueRecipe.values()) {
      cases.add(new ClientMtlsCase(NO_LEAK.withTitle(NO_LEAK.title() + " (" + recipe.slug() + ")"), Kind.ROGUE_SERVER, recipe));
    }
    cases.add(new ClientMtlsCase(FOREIGN, Kind.FOREIGN_AUTHORITIES, null));
    return List.copyOf(cases);
  }
}
