package dev.resync.conformance.catalog;

import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.tls.ClientHello;
import dev.resync.conformance.tls.ProtocolVersion;
import java.util.List;

/**
 * A scenario server that speaks exactly one protocol version, with every suite that
 * authenticates the server, so that the version is the only thing the client can object to.
 *
 * @param unservable null, or why JSSE cannot speak the version
 */
public record ProtocolCase(String id, ProtocolVersion version, String unservable) implements OfferCase {

  @Override
  public String offered() {
    return "only " + version.jsseName();
  }

  @Override
  public Expectation expectation(Profile profile) {
    String name = version.jsseName();
    if (profile.forbidsProtocol(name)) {
      return Expectation.of(Expectation.Kind.REFUSE, profile.level("protocols.forbidden"), "protocols.forbidden",
          "the profile forbids " + name);
    }
    if (profile.requiresProtocol(name)) {
      return Expectation.of(Expectation.Kind.ACCEPT, profile.level("protocols.required"), "protocols.required",
          "the profile requires it");
    }
    if (!profile.allowsProtocol(name)) {
      return Expectation.of(Expectation.Kind.REFUSE, profile.level("protocols.allowed"), "protocols.allowed",
          "a version outside the profile's allowed set");
    }
    return Expectation.of(Expectation.Kind.OPTIONAL, profile.level("protocols.allowed"), "protocols.allowed",
        "the profile allows it but does not require it");
  }

  @Override
  public Requirement requirement(Profile profile) {
    Expectation expectation = expectation(profile);
    String title =
        switch (expectation.kind()) {
          case ACCEPT -> "completes a handshake with a server that speaks " + offered() + " (" + expectation.why() + ")";
          case REFUSE -> expectation.offerForbidden()
              ? "neither offers nor speaks " + version.jsseName() + ": " + expectation.why()
              : "completes no handshake with a server that speaks " + offered() + ": " + expectation.why();
          case OPTIONAL -> "may complete a handshake with a server that speaks " + offered();
        };
    return new Requirement(id, expectation.level(), title, ClientProtocolCases.SOURCE, ClientProtocolCases.TAGS);
  }

  @Override
  public List<String> serverSuites() {
    return List.of();
  }

  @Override
  public List<String> serverProtocols() {
    return List.of(version.jsseName());
  }

  /**
   * The supported_versions extension lists the versions exactly; without it a hello only states
   * the highest (the lowest a client accepts is not on the wire), so any version up to it counts
   * as offered, and the server's answer decides.
   */
  @Override
  public boolean offeredIn(ClientHello hello) {
    return offers(hello, version);
  }

  /** Listed in supported_versions, or, without that extension, the hello's own version. */
  @Override
  public boolean explicitlyOfferedIn(ClientHello hello) {
    return hello.supportedVersions().isEmpty()
        ? hello.legacyVersion() == version.code()
        : hello.supportedVersions().contains(version.code());
  }

  public static boolean offers(ClientHello hello, ProtocolVersion version) {
    if (version == ProtocolVersion.SSL_V2) {
      return hello.legacyVersion() == ProtocolVersion.SSL_V2.code();
    }
    if (!hello.supportedVersions().isEmpty()) {
      return hello.supportedVersions().contains(version.code());
    }
    return version != ProtocolVersion.TLS_V1_3 && version.code() <= hello.legacyVersion();
  }
}
