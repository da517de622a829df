package dev.resync.conformance.docker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that needs Docker and the peer image ({@link DockerGate#peerImage()}). Where
 * Docker is missing, its tests are skipped (aborted, the reason printed); under
 * {@code -Dconformance.requireDocker=true}, which {@code .ci/run} sets, they fail instead, so CI
 * can never go green without having run them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("docker")
@ExtendWith(DockerGate.class)
public @interface RequiresDocker {}
