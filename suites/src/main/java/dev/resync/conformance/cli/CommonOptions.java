package dev.resync.conformance.cli;

import dev.resync.conformance.harness.ConfigurationException;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.profile.ProfileLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** Options every subcommand that runs cases takes. */
final class CommonOptions {

  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

  @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = ProfileLoader.DEFAULT,
      description = "Firmware profile: ${COMPLETION-CANDIDATES}, or a profile file (default: ${DEFAULT-VALUE}).",
      completionCandidates = BuiltInProfiles.class)
  String profile;

  @Option(names = "--only", paramLabel = "ID|TAG",
      description = "Run only the cases whose requirement ID starts with this (C-TRUST, C-TRUST-03) or that carry this tag (trust, cipher, protocol). Repeatable.")
  List<String> only = new ArrayList<>();

  @Option(names = "--report-dir", paramLabel = "DIR",
      description = "Where runs write their reports (default: reports/out in the project).")
  Path reportDir;

  @Option(names = "--fixtures", paramLabel = "DIR",
      description = "Fixtures store: generated keys and certificates, reused across runs (default: ${XDG_CACHE_HOME:-~/.cache}/resync-conformance/fixtures).")
  Path fixtures;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s",
      description = "Longest one case may take: 500ms, 10s, 2m (default: ${DEFAULT-VALUE}).")
  String timeout;

  static final class BuiltInProfiles extends ArrayList<String> {
    BuiltInProfiles() {
      super(ProfileLoader.BUILT_IN);
    }
  }

  Path reportRoot() {
    if (reportDir != null) {
      return reportDir;
    }
    String home = System.getProperty("conformance.home");
    return (home == null ? Path.of("") : Path.of(home)).resolve("reports").resolve("out").toAbsolutePath();
  }

  Path fixturesDirectory() {
    return fixtures != null ? fixtures : FixtureStore.defaultDirectory();
  }

  /** Settings for a run with these options and the given client parameters. */
  RunSettings settings(Map<String, String> clientParameters) {
    Map<String, String> parameters = new LinkedHashMap<>(clientParameters);
    parameters.put(RunSettings.PROFILE, profile);
    parameters.put(RunSettings.FIXTURES, fixturesDirectory().toString());
    if (!only.isEmpty()) {
      parameters.put(RunSettings.ONLY, String.join(",", only));
    }
    parameters.put(RunSettings.TIMEOUT_MS, String.valueOf(millis(timeout)));
    return RunSettings.from(key -> Optional.ofNullable(parameters.get(key)));
  }

  static long millis(String text) {
    Matcher matcher = DURATION.matcher(text.trim());
    if (!matcher.matches()) {
      throw new ConfigurationException("--timeout: expected a duration such as 500ms, 10s or 2m, got '" + text + "'");
    }
    long value = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2) == null ? "s" : matcher.group(2);
    return switch (unit) {
      case "ms" -> value;
      case "m" -> value * 60_000;
      default -> value * 1000;
    };
  }
}
