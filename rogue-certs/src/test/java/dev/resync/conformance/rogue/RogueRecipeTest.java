package dev.resync.conformance.rogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.pki.StandInPki;
import dev.resync.conformance.profile.ProfileLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RogueRecipeTest {

  @TempDir static Path store;
  static StandInPki pki;
  static Map<CertificateProperty, Object> genuine;

  @BeforeAll
  static void genuineServer() {
    pki = new StandInPki(FixtureStore.open(store));
    genuine = CredentialTraits.of(pki.genuineServer().credential());
  }

  @Test
  void genuineServerIsValidAndHoldsItsKey() {
    assertThat(genuine.get(CertificateProperty.VALIDITY)).isEqualTo("valid now");
    assertThat(genuine.get(CertificateProperty.KEY_POSSESSION)).isEqualTo(true);
    assertThat(pki.genuineServer().credential().chain()).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(RogueRecipe.class)
  @DisplayName("each rogue recipe differs from the genuine server in exactly the properties it declares")
  void recipeHasExactlyItsDefect(RogueRecipe recipe) {
    Map<CertificateProperty, Object> rogue = CredentialTraits.of(recipe.credential(pki).credential());
    Set<CertificateProperty> changed = EnumSet.noneOf(CertificateProperty.class);
    for (CertificateProperty property : CertificateProperty.values()) {
      if (!rogue.get(property).equals(genuine.get(property))) {
        changed.add(property);
      }
    }
    assertThat(changed)
        .as("properties %s changes; genuine %s, rogue %s", recipe, genuine, rogue)
        .isEqualTo(recipe.changes());
  }

  @Test
  void catalogueHasAtLeastFifteenRecipesWithUniqueIdsAndNames() {
    assertThat(RogueRecipe.values()).hasSizeGreaterThanOrEqualTo(15);
    assertThat(Arrays.stream(RogueRecipe.values()).map(RogueRecipe::requirementId).collect(Collectors.toSet()))
        .hasSize(RogueRecipe.values().length);
    assertThat(Arrays.stream(RogueRecipe.values()).map(RogueRecipe::slug).collect(Collectors.toSet()))
        .hasSize(RogueRecipe.values().length);
    for (RogueRecipe recipe : RogueRecipe.values()) {
      assertThat(recipe.requirementId()).matches("C-TRUST-\\d{2}");
      assertThat(recipe.description()).as(recipe + " description").isNotBlank();
      assertThat(recipe.source()).as(recipe + " source sentence").isNotBlank();
      assertThat(recipe.changes()).as(recipe + " declares its defect").isNotEmpty();
      assertThat(RogueRecipe.ofSlug(recipe.slug())).isEqualTo(recipe);
    }
  }

  @Test
  void profileDependentRecipesApplyOnlyWhereTheProfileForbidsThem() {
    var legacy = ProfileLoader.load("legacy");
    var mpp12 = ProfileLoader.load("mpp-12");
    assertThat(RogueRecipe.SHA1_SIGNATURE.notApplicableUnder(legacy)).contains("accepts SHA-1");
    assertThat(RogueRecipe.SHA1_SIGNATURE.notApplicableUnder(mpp12)).isNull();
    assertThat(RogueRecipe.RSA_1024.notApplicableUnder(legacy)).contains("1024");
    assertThat(RogueRecipe.RSA_1024.notApplicableUnder(mpp12)).isNull();
    assertThat(RogueRecipe.EXPIRED.notApplicableUnder(legacy)).isNull();
  }
}
