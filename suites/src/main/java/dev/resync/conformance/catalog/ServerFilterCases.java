package dev.resync.conformance.catalog;

import dev.resync.conformance.catalog.AccessCase.Presenting;
import dev.resync.conformance.rogue.Level;
import java.util.List;

/** S-FILTER: each profile goes only to the device whose certificate names its MAC. */
public final class ServerFilterCases {

  public static final List<String> TAGS = List.of("server", "filter");

  static final String FILTERING =
      "Vendor guide, HTTPS client filtering: only a phone whose MAC matches a valid client certificate may fetch"
          + " its profile (profile rule https://prov.example.com/profile/$MA.xml).";

  private static final List<AccessCase> ALL = List.of(
      new AccessCase(new Requirement("S-FILTER-01", Level.MUST,
          "refuses the genuine device another device's profile", FILTERING, TAGS), Presenting.GENUINE, null, true));

  private ServerFilterCases() {}

  public static List<AccessCase> all() {
    return ALL;
  }
}
