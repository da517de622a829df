package dev.resync.conformance.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.profile.ProfileLoader;
import dev.resync.conformance.probe.TlsProbe;
import dev.resync.conformance.rogue.RogueDeviceRecipe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The C-MTLS and S-* catalogue checks itself: one meaning per ID, every case titled and sourced. */
class ServerAndMtlsCatalogTest {

  static List<Requirement> requirements() {
    List<Requirement> all = new ArrayList<>();
    ClientMtlsCases.all().forEach(c -> all.add(c.requirement()));
    ServerChainCases.all().forEach(c -> all.add(c.requirement()));
    ServerMtlsCases.all().forEach(c -> all.add(c.requirement()));
    ServerFilterCases.all().forEach(c -> all.add(c.requirement()));
    for (String profile : ProfileLoader.BUILT_IN) {
      ServerNegotiationCases.of(ProfileLoader.load(profile), TlsProbe.supportedSuites(), TlsProbe.supportedProtocols())
          .forEach(c -> all.add(c.requirement()));
    }
    return all;
  }

  @Test
  void eachIdHasOneLevelAndOneSourceAndEachCaseATitleOfItsOwn() {
    Map<String, List<Requirement>> byId = requirements().stream().collect(Collectors.groupingBy(Requirement::id));
    byId.forEach((id, same) -> {
      assertThat(same.stream().map(Requirement::level).distinct()).as(id + " levels").hasSize(1);
      assertThat(same.stream().map(Requirement::source).distinct()).as(id + " sources").hasSize(1);
      assertThat(same.stream().map(Requirement::tags).distinct()).as(id + " tags").hasSize(1);
    });
    List<String> titles = ClientMtlsCases.all().stream().map(c -> c.requirement().displayName()).toList();
    assertThat(titles).doesNotHaveDuplicates();
  }

  @Test
  void everyRogueDeviceRecipeHasItsServerCase() {
    for (RogueDeviceRecipe recipe : RogueDeviceRecipe.values()) {
      assertThat(ServerMtlsCases.all()).as(recipe.slug())
          .anyMatch(c -> c.recipe() == recipe && c.requirement().id().equals(recipe.requirementId()) && !c.shouldServe());
    }
    assertThat(ServerMtlsCases.all().stream().filter(AccessCase::shouldServe)).as("the genuine case keeps refusals honest").hasSize(1);
  }

  @Test
  void unprobeableSuitesAndVersionsAreNeverSilentlyPassed() {
    List<NegotiationCase> cases = ServerNegotiationCases.of(ProfileLoader.load("legacy"), TlsProbe.supportedSuites(), TlsProbe.supportedProtocols());
    assertThat(cases).filteredOn(c -> c.subject().equals("SSLv2")).singleElement()
        .satisfies(c -> assertThat(c.notProbeable()).contains("cannot speak SSLv2"));
    assertThat(cases).filteredOn(c -> c.notProbeable() == null).allSatisfy(c -> assertThat(c.offer()).hasSize(1));
  }
}
