package dev.resync.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.resync.conformance.report.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a user meets it: exit codes, one-line errors, the files it writes. */
class CliTest {

  @TempDir Path dir;

  private static final Path FIXTURES = Path.of("target", "fixtures");

  record Result(int code, String out, String err) {}

  static Result cli(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int code = ConformanceCli.execute(args);
      return new Result(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void runWritesJsonHtmlAndJUnitReportsAndPointsLatestAtThem() throws Exception {
    Result run = cli("run", "--only", "C-TRUST-0", "--fixtures", FIXTURES.toString(), "--report-dir", dir.toString());

    assertThat(run.code()).as(run.out() + run.err()).isZero();
    Path latest = dir.resolve("latest");
    JsonNode report = ReportJson.mapper().readTree(Files.readString(latest.resolve("report.json")));
    assertThat(report.at("/summary/total").asInt()).isEqualTo(9);
    assertThat(report.at("/summary/pass").asInt()).isEqualTo(9);
    assertThat(report.at("/partial").asBoolean()).isFalse();
    JsonNode first = report.at("/results/0");
    for (String field : new String[] {"id", "scenario", "level", "outcome", "target", "evidence", "durationMs"}) {
      assertThat(first.has(field)).as("result field %s in %s", field, first).isTrue();
    }
    assertThat(Files.readString(latest.resolve("report.html"))).contains("C-TRUST-03", "CONFORMANT");
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(latest.resolve("junit/TEST-C-TRUST.xml").toFile());
    assertThat(run.out()).contains("PASS  C-TRUST-03", "CONFORMANT: 9 cases");
    assertThat(run.out()).as("the bound counts the cases the run selects, in both directions").contains(" + 9 cases x ");
  }

  @Test
  void aFailingClientExitsOneAndAnUndecidedRunExitsThree() {
    Result insecure = cli("client", "--cmd", "curl -skf {url}", "--only", "C-TRUST-02", "--fixtures", FIXTURES.toString(), "--report-dir", dir.toString());
    assertThat(insecure.code()).as(insecure.out()).isEqualTo(1);

    Result silent = cli("client", "--cmd", "true", "--only", "C-TRUST-02", "--fixtures", FIXTURES.toString(), "--report-dir", dir.toString());
    assertThat(silent.code()).as(silent.out()).isEqualTo(3);
  }

  @Test
  void badInputExitsTwoWithOneLineAndNoStackTrace() {
    assertUsageError(cli("run", "--profile", "nope"), "unknown profile 'nope'");
    assertUsageError(cli("client", "--cmd", "curl {uri}"), "unknown placeholder {uri}");
    assertUsageError(cli("run", "--timeout", "soon"), "--timeout");
    assertUsageError(cli("run", "--bogus"), "Unknown option");
    assertUsageError(cli("run", "--report-dir", "/proc/reports"), "cannot write reports");
  }

  private static void assertUsageError(Result result, String message) {
    assertThat(result.code()).as(result.err()).isEqualTo(2);
    assertThat(result.err()).contains(message).doesNotContain("\tat ").doesNotContain("Exception:");
  }

  @Test
  void certsExportsTheWholeCatalogueWithAnIndex() throws Exception {
    Result certs = cli("certs", "--out", dir.resolve("lab").toString(), "--fixtures", FIXTURES.toString());

    assertThat(certs.code()).as(certs.err()).isZero();
    Path lab = dir.resolve("lab");
    assertThat(lab.resolve("provisioning-root.pem")).content().startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(lab.resolve("device-root.pem")).exists();
    assertThat(lab.resolve("genuine-server/key.pem")).content().contains("BEGIN PRIVATE KEY");
    assertThat(lab.resolve("genuine-device/chain.pem")).exists();
    assertThat(lab.resolve("rogue/expired/chain.pem")).exists();
    JsonNode index = ReportJson.mapper().readTree(Files.readString(lab.resolve("index.json")));
    assertThat(index.at("/entries").size()).isEqualTo(
        4 + dev.resync.conformance.rogue.RogueRecipe.values().length + dev.resync.conformance.rogue.RogueDeviceRecipe.values().length);
    assertThat(index.toString()).contains("\"requirement\":\"C-TRUST-03\"");
  }
}
