package dev.resync.conformance.docker;

import dev.resync.conformance.container.DockerHost;
import dev.resync.conformance.container.PeerContainer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * The gate behind {@link RequiresDocker}. It runs before each such class: with Docker and the
 * peer image present it lets the class run; otherwise it skips (aborts) the class with the
 * reason, or, when Docker is required, fails it with the reason and what to do.
 *
 * <p>Settings (system properties, forwarded by surefire from {@code -D...} on the mvn line):
 * {@code conformance.requireDocker} ({@code true} to fail instead of skip; default false) and
 * {@code conformance.peerImage} (default {@code $PEER_IMAGE}, else
 * {@value PeerContainer#DEFAULT_IMAGE}, the image {@code docker/build-peer-image.sh} builds).
 */
public final class DockerGate implements BeforeAllCallback {

  public static final String REQUIRE_DOCKER = "conformance.requireDocker";
  public static final String PEER_IMAGE = "conformance.peerImage";

  /** What the gate decided, and why. */
  public enum Decision { RUN, SKIP, FAIL }

  /** The decision and the one line that explains it. */
  public record Verdict(Decision decision, String reason) {}

  @Override
  public void beforeAll(ExtensionContext context) {
    String image = peerImage();
    Verdict verdict = decide(requireDocker(), DockerHost.available() ? null : DockerHost.unavailableReason(),
        () -> DockerHost.hasImage(image), image);
    String where = context.getRequiredTestClass().getSimpleName();
    switch (verdict.decision()) {
      case RUN -> { }
      case SKIP -> {
        // Printed as well: surefire's console shows only a count of skipped tests.
        System.err.println("[docker gate] SKIPPED " + where + ": " + verdict.reason());
        throw new TestAbortedException(verdict.reason());
      }
      case FAIL -> throw new AssertionError("[docker gate] " + where + ": " + verdict.reason());
    }
  }

  /**
   * The gate's rule, apart from the daemon so it can be tested anywhere.
   *
   * @param dockerProblem why no daemon answers, or null when one does
   * @param imagePresent asked only when a daemon answers
   */
  public static Verdict decide(boolean required, String dockerProblem, java.util.function.BooleanSupplier imagePresent, String image) {
    if (dockerProblem != null) {
      return required
          ? new Verdict(Decision.FAIL, dockerProblem + "; " + REQUIRE_DOCKER
              + "=true, so the container tests must run: start dockerd (.ci/run does) or drop the property to skip them")
          : new Verdict(Decision.SKIP, dockerProblem + "; the container tests are skipped (set -D" + REQUIRE_DOCKER + "=true to fail instead)");
    }
    if (!imagePresent.getAsBoolean()) {
      String advice = DockerHost.missingImageAdvice(image);
      return required
          ? new Verdict(Decision.FAIL, advice + " (" + REQUIRE_DOCKER + "=true)")
          : new Verdict(Decision.SKIP, advice + "; the container tests are skipped");
    }
    return new Verdict(Decision.RUN, "Docker answers and " + image + " is present");
  }

  /** {@code true} only for the exact word true; unset, empty or an unexpanded ${...} from Maven mean false. */
  public static boolean requireDocker() {
    return "true".equalsIgnoreCase(System.getProperty(REQUIRE_DOCKER, "").strip());
  }

  public static String peerImage() {
    String image = System.getProperty(PEER_IMAGE);
    if (image == null || image.isBlank() || image.startsWith("${")) {
      image = System.getenv("PEER_IMAGE");
    }
    return image == null || image.isBlank() ? PeerContainer.DEFAULT_IMAGE : image.strip();
  }
}
