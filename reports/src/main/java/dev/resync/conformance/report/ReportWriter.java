package dev.resync.conformance.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes a run's report as {@code <root>/<run-id>/report.json}, {@code report.html} and
 * {@code junit/TEST-*.xml}, and points {@code <root>/latest} at it.
 */
public final class ReportWriter {

  private final Path root;

  public ReportWriter(Path root) {
    this.root = root;
  }

  /** Checks that reports can be written there, before a run starts rather than after it ends. */
  public void checkWritable() throws IOException {
    Files.createDirectories(root);
    Path probe = Files.createTempFile(root, ".write-check", ".tmp");
    Files.delete(probe);
  }

  /** Writes every file of the report and returns the run's directory. */
  public Path write(RunReport report) throws IOException {
    Path dir = root.resolve(report.runId());
    Path junit = dir.resolve("junit");
    Files.createDirectories(junit);
    writeAtomically(dir.resolve("report.json"), ReportJson.write(report));
    writeAtomically(dir.resolve("report.html"), HtmlReport.render(report));
    for (Map.Entry<String, String> doc : JUnitXmlReport.render(report).entrySet()) {
      writeAtomically(junit.resolve("TEST-" + doc.getKey() + ".xml"), doc.getValue());
    }
    pointLatestAt(dir);
    return dir;
  }

  private void pointLatestAt(Path dir) throws IOException {
    Path latest = root.resolve("latest");
    Path link = root.resolve(".latest-" + ProcessHandle.current().pid());
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, dir.getFileName());
    Files.move(link, latest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void writeAtomically(Path file, String content) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
