package dev.resync.conformance.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resync.conformance.docker.DockerGate.Decision;
import dev.resync.conformance.docker.DockerGate.Verdict;
import org.junit.jupiter.api.Test;

/** The gate's rule, checked without a daemon: skip where Docker is optional, fail where it is required. */
class DockerGateTest {

  private static final String IMAGE = "resync-peer:bookworm";

  @Test
  void noDaemonSkipsWithTheReasonWhenDockerIsOptional() {
    Verdict verdict = DockerGate.decide(false, "no Docker daemon found (socket missing)", () -> { throw new AssertionError("not asked"); }, IMAGE);
    assertThat(verdict.decision()).as(verdict.reason()).isEqualTo(Decision.SKIP);
    assertThat(verdict.reason()).contains("socket missing", "-Dconformance.requireDocker=true");
  }

  @Test
  void noDaemonFailsWhenDockerIsRequired() {
    Verdict verdict = DockerGate.decide(true, "no Docker daemon found", () -> true, IMAGE);
    assertThat(verdict.decision()).as(verdict.reason()).isEqualTo(Decision.FAIL);
    assertThat(verdict.reason()).contains("start dockerd");
  }

  @Test
  void missingPeerImageFailsWhenDockerIsRequiredAndNamesTheBuildScript() {
    Verdict verdict = DockerGate.decide(true, null, () -> false, IMAGE);
    assertThat(verdict.decision()).as(verdict.reason()).isEqualTo(Decision.FAIL);
    assertThat(verdict.reason()).contains("docker/build-peer-image.sh", IMAGE);
  }

  @Test
  void missingPeerImageSkipsWhenDockerIsOptional() {
    Verdict verdict = DockerGate.decide(false, null, () -> false, IMAGE);
    assertThat(verdict.decision()).as(verdict.reason()).isEqualTo(Decision.SKIP);
  }

  @Test
  void daemonAndImagePresentRun() {
    assertThat(DockerGate.decide(true, null, () -> true, IMAGE).decision()).isEqualTo(Decision.RUN);
  }

  /** Only the word true requires Docker; Maven leaves an undefined -D as the literal text ${...}. */
  @Test
  void onlyTrueRequiresDocker() {
    String before = System.getProperty(DockerGate.REQUIRE_DOCKER);
    try {
      System.setProperty(DockerGate.REQUIRE_DOCKER, "${conformance.requireDocker}");
      assertThat(DockerGate.requireDocker()).isFalse();
      System.setProperty(DockerGate.REQUIRE_DOCKER, " true ");
      assertThat(DockerGate.requireDocker()).isTrue();
    } finally {
      if (before == null) {
        System.clearProperty(DockerGate.REQUIRE_DOCKER);
      } else {
        System.setProperty(DockerGate.REQUIRE_DOCKER, before);
      }
    }
  }
}
