package dev.resync.conformance.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ready-made configurations: all present, all with the documented placeholders, none left unfilled. */
class PeerConfigsTest {

  private static final Map<String, String> VALUES = Map.of(
      "PORT", "18443", "SERVER_CERT", "/resync/s.pem", "SERVER_KEY", "/resync/s.key",
      "DEVICE_ROOT", "/resync/d.pem", "DOCROOT", "/resync/www");

  @Test
  void everyBuiltInConfigurationUsesTheDocumentedPlaceholdersAndListensOnLoopbackOnly() {
    for (String name : PeerConfigs.BUILT_IN) {
      String template = PeerConfigs.template(name);
      assertThat(PeerConfigs.placeholders(template)).as(name).containsExactlyInAnyOrderElementsOf(VALUES.keySet());
      String rendered = PeerConfigs.render(template, VALUES);
      assertThat(rendered).as(name).doesNotContain("@").contains("127.0.0.1:18443");
    }
  }

  @Test
  void aMissingValueIsNamed() {
    assertThatThrownBy(() -> PeerConfigs.render(PeerConfigs.template("nginx-guide"), Map.of("PORT", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("@SERVER_CERT@");
  }
}
