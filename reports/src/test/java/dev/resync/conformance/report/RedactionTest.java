package dev.resync.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

  private static final String KEY =
      "-----BEGIN " + "PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n-----END " + "PRIVATE KEY-----";

  @Test
  void wholeBlockIsRedacted() {
    assertThat(Redaction.scrub("before\n" + KEY + "\nafter")).isEqualTo("before\n[private key redacted]\nafter");
  }

  @Test
  void blockCutAtItsEndIsRedactedToTheEnd() {
    assertThat(Redaction.scrub("out: " + KEY.substring(0, 60))).isEqualTo("out: [private key redacted]");
  }

  @Test
  void blockWhoseBeginningWasCutOffIsRedactedFromTheStart() {
    String tail = "..." + KEY.substring(40) + "\ncurl: (60) SSL certificate problem";
    assertThat(Redaction.scrub(tail)).isEqualTo("[private key redacted]\ncurl: (60) SSL certificate problem");
  }

  @Test
  void textWithoutKeysIsUntouched() {
    assertThat(Redaction.scrub("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"))
        .isEqualTo("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----");
  }
}
