package dev.resync.conformance.harness;

/** Bad options or files: the CLI exits 2 with this one-line message. */
public final class ConfigurationException extends IllegalArgumentException {

  public ConfigurationException(String message) {
    super(message);
  }
}
