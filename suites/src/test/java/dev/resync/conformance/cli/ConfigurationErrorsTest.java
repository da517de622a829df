package dev.resync.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.teeth.SuiteRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad options and files end the CLI with exit code 2 and one line on stderr that names the
 * problem: no stack trace, no run, no report. (Tests run as root here, so an unwritable
 * directory is made by putting it under a regular file or in /proc, not by chmod.)
 */
class ConfigurationErrorsTest {

  @TempDir static Path temp;

  /** A problem: the arguments after {@code conformance client}, and what the line must say. */
  record Problem(String name, List<String> args, String says) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Problem> problems() throws IOException {
    Path garbledProfile = Files.writeString(temp.resolve("garbled.profile"), "this is not a profile\n");
    Path directoryAsProfile = Files.createDirectories(temp.resolve("a-directory"));
    return Stream.of(
        new Problem("unknown profile", List.of("--reference", "--profile", "mpp-99"),
            "unknown profile 'mpp-99': not one of [legacy, mpp-12] and no such file"),
        new Problem("missing profile file", List.of("--reference", "--profile", "/nonexistent/my.profile"),
            "unknown profile '/nonexistent/my.profile'"),
        new Problem("a directory given as the profile file", List.of("--reference", "--profile", directoryAsProfile.toString()),
            "unknown profile '" + directoryAsProfile + "'"),
        new Problem("malformed profile file", List.of("--reference", "--profile", garbledProfile.toString()),
            garbledProfile + ":1: expected 'key = value', got 'this is not a profile'"),
        new Problem("unknown placeholder in the command", List.of("--cmd", "curl --cacert {ca} {uri}"),
            "--cmd: unknown placeholder {uri} in the client command"),
        new Problem("empty command", List.of("--cmd", " "), "--cmd: the client command is empty"),
        new Problem("bad timeout", List.of("--reference", "--timeout", "5 parsecs"),
            "--timeout: expected a duration such as 500ms, 10s or 2m, got '5 parsecs'"),
        new Problem("timeout out of range", List.of("--reference", "--timeout", "20m"),
            "the case timeout must be 100 ms to 600 s, got '1200000'"),
        new Problem("report directory under a regular file", List.of("--reference", "--report-dir", "/etc/hostname/reports"),
            "cannot write reports to /etc/hostname/reports"),
        new Problem("report directory in /proc", List.of("--reference", "--report-dir", "/proc/reports"),
            "cannot write reports to /proc/reports"),
        new Problem("fixtures store under a regular file",
            List.of("--reference", "--fixtures", "/etc/hostname/fixtures", "--report-dir", temp.resolve("r").toString()),
            "--fixtures: cannot create the fixtures store /etc/hostname/fixtures"),
        new Problem("--flaw with a command", List.of("--cmd", "true", "--flaw", "TRUST_ALL"),
            "--flaw applies to --reference only"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void exitsTwoWithOneLineNamingTheProblem(Problem problem) {
    List<String> args = new ArrayList<>(List.of("client"));
    args.addAll(problem.args());
    if (!problem.args().contains("--fixtures")) {
      args.addAll(List.of("--fixtures", SuiteRuns.FIXTURES.toString()));
    }

    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ConformanceCli.USAGE);
    assertThat(run.errLines()).as("stderr is one line: %s", run).hasSize(1);
    assertThat(run.errLines().get(0)).as("%s", run)
        .startsWith("conformance: ")
        .contains(problem.says())
        .doesNotContain("Exception", "\tat ");
    assertThat(run.out()).as("nothing runs: %s", run).isEmpty();
  }
}
