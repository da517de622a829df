package dev.resync.conformance.catalog;

import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.tls.ClientHello;
import java.util.List;

/**
 * A scenario server that offers exactly one cipher suite.
 *
 * @param label the suite's short name, as people say it: {@code RC4-128-SHA}
 * @param suite its IANA name
 * @param family the profile family it belongs to (see {@link Profile#FAMILIES})
 * @param serverProtocols the versions that can carry the suite (TLS 1.2 for SHA-256 and GCM)
 * @param unservable null, or why JSSE cannot serve it
 */
public record CipherCase(
    String id, String label, String suite, String family, List<String> serverProtocols, String unservable)
    implements OfferCase {

  public CipherCase {
    serverProtocols = List.copyOf(serverProtocols);
  }

  @Override
  public String offered() {
    return "only " + label + " (" + suite + ")";
  }

  @Override
  public Expectation expectation(Profile profile) {
    if (profile.forbidsSuite(suite)) {
      return Expectation.of(Expectation.Kind.REFUSE, profile.level("suites.forbidden"), "suites.forbidden",
          "the profile forbids the " + family + " family");
    }
    if (profile.requiresSuite(suite)) {
      return Expectation.of(Expectation.Kind.ACCEPT, profile.level("suites.required"), "suites.required",
          "the profile requires it");
    }
    if (profile.recommendsSuite(suite)) {
      return Expectation.of(Expectation.Kind.ACCEPT, profile.level("suites.recommended"), "suites.recommended",
          "the profile recommends it");
    }
    if (!profile.allowsSuite(suite)) {
      return Expectation.of(Expectation.Kind.REFUSE, profile.level("suites.allowed"), "suites.allowed",
          "a suite outside the profile's allowed set");
    }
    return Expectation.of(Expectation.Kind.OPTIONAL, profile.level("suites.allowed"), "suites.allowed",
        "the profile allows it but neither requires nor recommends it");
  }

  @Override
  public Requirement requirement(Profile profile) {
    Expectation expectation = expectation(profile);
    String title =
        switch (expectation.kind()) {
          case ACCEPT -> "completes a handshake with a server offering " + offered() + " (" + expectation.why() + ")";
          case REFUSE -> expectation.offerForbidden()
              ? "neither offers nor accepts " + label + " (" + suite + "): " + expectation.why()
              : "completes no handshake with a server offering " + offered() + ": " + expectation.why();
          case OPTIONAL -> "may complete a handshake with a server offering " + offered();
        };
    return new Requirement(id, expectation.level(), title, ClientCipherCases.SOURCE, ClientCipherCases.TAGS);
  }

  @Override
  public List<String> serverSuites() {
    return List.of(suite);
  }

  @Override
  public boolean offeredIn(ClientHello hello) {
    // Where the harness cannot serve the suite, any suite of its family offered is the evidence.
    return unservable == null
        ? hello.cipherSuiteNames().contains(suite)
        : hello.cipherSuiteNames().stream().anyMatch(name -> Profile.inFamily(name, family));
  }
}
