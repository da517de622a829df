package dev.resync.conformance.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.profile.ProfileLoader;
import dev.resync.conformance.rogue.Level;
import dev.resync.conformance.tls.CipherSuites;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The cipher and protocol tables checked as data, under every built-in profile. */
class CipherProtocolCasesTest {

  static Stream<Profile> profiles() {
    return ProfileLoader.BUILT_IN.stream().map(ProfileLoader::load);
  }

  private static List<Requirement> requirements(Profile profile) {
    List<Requirement> all = new ArrayList<>();
    all.add(ClientCipherCases.offerRule(profile));
    all.add(ClientCipherCases.negotiatedRule(profile));
    ClientCipherCases.all().forEach(c -> all.add(c.requirement(profile)));
    all.add(ClientProtocolCases.offerRule(profile));
    all.add(ClientProtocolCases.negotiatedRule(profile));
    ClientProtocolCases.all().forEach(c -> all.add(c.requirement(profile)));
    return all;
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void idsAreUniqueAndEveryRequirementHasItsSentenceLevelAndArea(Profile profile) {
    List<Requirement> all = requirements(profile);
    assertThat(all).extracting(Requirement::id).doesNotHaveDuplicates();
    for (Requirement requirement : all) {
      assertThat(requirement.title()).isNotBlank();
      assertThat(requirement.source()).isNotBlank();
      assertThat(requirement.level()).isNotNull();
      assertThat(requirement.area()).isIn("C-CIPHER", "C-PROTO");
      assertThat(requirement.tags()).contains("client").containsAnyOf("cipher", "protocol");
      assertThat(requirement.displayName()).startsWith(requirement.id() + " [" + requirement.level() + "] ");
    }
  }

  @Test
  void idsAreNumberedInTableOrder() {
    List<String> cipher = ClientCipherCases.all().stream().map(CipherCase::id).toList();
    assertThat(cipher).isSorted().first().isEqualTo("C-CIPHER-03");
    List<String> protocol = ClientProtocolCases.all().stream().map(ProtocolCase::id).toList();
    assertThat(protocol).isSorted().first().isEqualTo("C-PROTO-03");
  }

  @Test
  void everySuiteIsKnownAndInTheFamilyItClaims() {
    for (CipherCase c : ClientCipherCases.all()) {
      assertThat(CipherSuites.code(c.suite())).as(c.suite()).isPresent();
      assertThat(Profile.inFamily(c.suite(), c.family())).as(c.suite() + " in " + c.family()).isTrue();
      assertThat(c.serverProtocols()).isNotEmpty();
    }
  }

  @Test
  void everySuiteFamilyOfTheIssueHasAScenario() {
    assertThat(ClientCipherCases.all()).extracting(CipherCase::family)
        .contains("AES256", "RC4", "AES128", "3DES", "DES", "NULL", "anon", "EXPORT");
  }

  @Test
  void legacyMakesTheIssuesRules() {
    Profile legacy = ProfileLoader.load("legacy");
    assertThat(expectation("TLS_RSA_WITH_AES_256_CBC_SHA", legacy)).isEqualTo(Expectation.Kind.ACCEPT);
    Expectation rc4 = byId("C-CIPHER-07").expectation(legacy);
    assertThat(rc4.kind()).isEqualTo(Expectation.Kind.ACCEPT);
    assertThat(rc4.level()).isEqualTo(Level.SHOULD);
    Expectation aes128 = byId("C-CIPHER-09").expectation(legacy);
    assertThat(aes128.kind()).isEqualTo(Expectation.Kind.REFUSE);
    assertThat(aes128.rule()).isEqualTo("suites.allowed");
    assertThat(aes128.level()).isEqualTo(Level.MUST);
    for (String family : List.of("NULL", "EXPORT", "anon", "DES", "3DES")) {
      CipherCase c = ClientCipherCases.all().stream().filter(x -> x.family().equals(family)).findFirst().orElseThrow();
      assertThat(c.expectation(legacy).offerForbidden()).as(family).isTrue();
    }
  }

  @Test
  void mpp12ForbidsRc4AndOldVersions() {
    Profile mpp = ProfileLoader.load("mpp-12");
    assertThat(byId("C-CIPHER-07").expectation(mpp).offerForbidden()).isTrue();
    for (ProtocolCase c : ClientProtocolCases.all()) {
      Expectation.Kind expected =
          switch (c.version()) {
            case SSL_V2, SSL_V3, TLS_V1, TLS_V1_1 -> Expectation.Kind.REFUSE;
            case TLS_V1_2 -> Expectation.Kind.ACCEPT;
            case TLS_V1_3 -> Expectation.Kind.OPTIONAL;
          };
      assertThat(c.expectation(mpp).kind()).as(c.version().jsseName()).isEqualTo(expected);
    }
  }

  @Test
  void onlyWhatJsseCannotServeIsMarkedSoWithAReason() {
    assertThat(ClientCipherCases.all().stream().filter(c -> c.unservable() != null))
        .extracting(CipherCase::family).containsExactly("EXPORT");
    assertThat(ClientProtocolCases.all().stream().filter(c -> c.unservable() != null))
        .extracting(c -> c.version().jsseName()).containsExactly("SSLv2");
  }

  private static Expectation.Kind expectation(String suite, Profile profile) {
    return ClientCipherCases.all().stream().filter(c -> c.suite().equals(suite)).findFirst().orElseThrow()
        .expectation(profile).kind();
  }

  private static CipherCase byId(String id) {
    return ClientCipherCases.all().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }
}
