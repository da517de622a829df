package dev.resync.conformance.report;

import java.util.regex.Pattern;

/**
 * Last line of defence against leaking key material: every string that reaches a report or a
 * log passes through {@link #scrub}. The harness never puts keys in evidence on purpose, but a
 * client command under test may print anything on its standard error.
 */
public final class Redaction {

  private static final Pattern PRIVATE_KEY_BLOCK =
      Pattern.compile(
          "-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?(-----END \\1PRIVATE KEY-----|\\z)",
          Pattern.DOTALL);

  /**
   * The end of a block whose beginning was cut off: a client's output is kept by its tail, and
   * the cut may fall inside a key. Everything before the END line goes.
   */
  private static final Pattern CUT_BLOCK =
      Pattern.compile("\\A.*?-----END [A-Z0-9 ]*PRIVATE KEY-----", Pattern.DOTALL);

  private Redaction() {}

  public static String scrub(String text) {
    if (text == null || !text.contains("PRIVATE KEY-----")) {
      return text;
    }
    String scrubbed = PRIVATE_KEY_BLOCK.matcher(text).replaceAll("[private key redacted]");
    if (scrubbed.contains("PRIVATE KEY-----")) {
      scrubbed = CUT_BLOCK.matcher(scrubbed).replaceFirst("[private key redacted]");
    }
    return scrubbed;
  }
}
