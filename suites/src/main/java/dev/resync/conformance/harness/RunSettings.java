package dev.resync.conformance.harness;

import dev.resync.conformance.catalog.Requirement;
import dev.resync.conformance.client.ClientFlaw;
import dev.resync.conformance.client.CommandTemplate;
import dev.resync.conformance.container.PeerContainer;
import dev.resync.conformance.pki.FixtureStore;
import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.profile.ProfileLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a run targets and how, read from JUnit configuration parameters, so that the suites run
 * the same under {@code mvn verify} (defaults: the reference client, profile legacy) and under
 * the CLI (which sets them from its options).
 *
 * @param client {@code reference}, {@code command} or {@code container}
 * @param command the command template, for the command and container clients
 * @param image the image the container client runs its command in (default
 *     {@value dev.resync.conformance.container.PeerContainer#DEFAULT_IMAGE}, built by
 *     {@code docker/build-peer-image.sh}); null for the other clients
 * @param flaw a deliberate defect of the reference client, to prove the suite's teeth
 * @param only requirement-ID prefixes or tags to run; empty runs everything
 * @param timeout the longest one case may take
 * @param server the server under test, for the server suites
 */
public record RunSettings(
    String client,
    CommandTemplate command,
    String image,
    ClientFlaw flaw,
    Profile profile,
    Path fixtures,
    List<String> only,
    Duration timeout,
    ServerTarget server) {

  public static final String CLIENT = "conformance.client";
  public static final String COMMAND = "conformance.client.command";
  public static final String IMAGE = "conformance.client.image";
  public static final String FLAW = "conformance.client.flaw";
  public static final String PROFILE = "conformance.profile";
  public static final String FIXTURES = "conformance.fixtures";
  public static final String ONLY = "conformance.only";
  public static final String TIMEOUT_MS = "conformance.timeout.ms";
  public static final String SERVER_URL = ServerTarget.URL;
  public static final String SERVER_TRUST_ANCHOR = ServerTarget.TRUST_ANCHOR;
  public static final String SERVER_DEVICE_IDENTITY = ServerTarget.DEVICE_IDENTITY;

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public RunSettings {
    only = List.copyOf(only);
  }

  /** Reads the settings; every problem is a {@link ConfigurationException} with a one-line message. */
  public static RunSettings from(Function<String, Optional<String>> parameters) {
    String client = parameters.apply(CLIENT).orElse("reference");
    if (!client.equals("reference") && !client.equals("command") && !client.equals("container")) {
      throw new ConfigurationException("unknown client kind '" + client + "' (known: reference, command, container)");
    }
    CommandTemplate command = null;
    if (client.equals("command") || client.equals("container")) {
      String template =
          parameters.apply(COMMAND).orElseThrow(() -> new ConfigurationException("the " + client + " client needs a command template"));
      try {
        command = CommandTemplate.parse(template);
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException(e.getMessage());
      }
    }
    String image = null;
    if (client.equals("container")) {
      image = parameters.apply(IMAGE).map(String::strip).orElse(PeerContainer.DEFAULT_IMAGE);
      if (image.isEmpty()) {
        throw new ConfigurationException("the container client needs an image name");
      }
    }
    ClientFlaw flaw;
    String flawName = parameters.apply(FLAW).orElse("NONE");
    try {
      flaw = ClientFlaw.valueOf(flawName.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("unknown client flaw '" + flawName + "' (known: " + Arrays.toString(ClientFlaw.values()) + ")");
    }
    Profile profile;
    try {
      profile = ProfileLoader.load(parameters.apply(PROFILE).orElse(ProfileLoader.DEFAULT));
    } catch (ProfileLoader.ProfileException e) {
      throw new ConfigurationException(e.getMessage());
    }
    Path fixtures = parameters.apply(FIXTURES).map(Path::of).orElseGet(FixtureStore::defaultDirectory);
    List<String> only =
        parameters.apply(ONLY).map(value -> Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
            .orElse(List.of());
    Duration timeout = DEFAULT_TIMEOUT;
    Optional<String> timeoutMs = parameters.apply(TIMEOUT_MS);
    if (timeoutMs.isPresent()) {
      try {
        long millis = Long.parseLong(timeoutMs.get());
        if (millis < 100 || millis > 600_000) {
          throw new NumberFormatException();
        }
        timeout = Duration.ofMillis(millis);
      } catch (NumberFormatException e) {
        throw new ConfigurationException("the case timeout must be 100 ms to 600 s, got '" + timeoutMs.get() + "'");
      }
    }
    return new RunSettings(client, command, image, flaw, profile, fixtures, only, timeout, ServerTarget.from(parameters));
  }

  /** The configuration parameters that reproduce these settings. */
  public Map<String, String> toParameters() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put(CLIENT, client);
    if (command != null) {
      map.put(COMMAND, command.template());
    }
    if (image != null) {
      map.put(IMAGE, image);
    }
    map.put(FLAW, flaw.name());
    map.put(PROFILE, profile.source().startsWith("built-in profile ") ? profile.name() : profile.source());
    map.put(FIXTURES, fixtures.toString());
    if (!only.isEmpty()) {
      map.put(ONLY, String.join(",", only));
    }
    map.put(TIMEOUT_MS, String.valueOf(timeout.toMillis()));
    map.putAll(server.toParameters());
    return map;
  }

  /** Whether {@code --only} selects this requirement: by ID prefix or by tag. */
  public boolean selects(Requirement requirement) {
    if (only.isEmpty()) {
      return true;
    }
    for (String filter : only) {
      if (requirement.id().toUpperCase(Locale.ROOT).startsWith(filter.toUpperCase(Locale.ROOT))
          || requirement.tags().contains(filter.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
