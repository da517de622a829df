package dev.resync.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.resync.conformance.cli.ConformanceCli;
import dev.resync.conformance.harness.ConfigurationException;
import dev.resync.conformance.harness.RunSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad profile file stops a run before it starts: one line naming the file and line, exit 2. */
class BadProfileTest {

  private static final String BAD =
      "name = lab\nsuites.allowed = TLS_RSA_WITH_AES_256_CBC_SHA\nlevel.suites.allowed = MAYBE\n";

  @Test
  void settingsNameTheFileAndTheLine(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("lab.profile"), BAD);
    Map<String, String> parameters = Map.of(RunSettings.PROFILE, file.toString());
    assertThatThrownBy(() -> RunSettings.from(key -> Optional.ofNullable(parameters.get(key))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(file + ":3: level.suites.allowed: expected MUST or SHOULD, got 'MAYBE'");
  }

  @Test
  void theCliExitsTwoWithOneLine(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("lab.profile"), BAD);
    PrintStream originalErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = ConformanceCli.execute("client", "--reference", "--profile", file.toString(),
          "--fixtures", dir.resolve("fixtures").toString(), "--report-dir", dir.resolve("reports").toString());
    } finally {
      System.setErr(originalErr);
    }
    assertThat(code).isEqualTo(ConformanceCli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("conformance: " + file + ":3: level.suites.allowed: expected MUST or SHOULD, got 'MAYBE'");
  }
}
