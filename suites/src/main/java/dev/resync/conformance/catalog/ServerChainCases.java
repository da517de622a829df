package dev.resync.conformance.catalog;

import dev.resync.conformance.catalog.ChainCase.Check;
import dev.resync.conformance.rogue.Level;
import dev.resync.conformance.rogue.SeedSentences;
import java.util.List;

/**
 * S-CHAIN: the server presents a chain a phone accepts. All five are judged from one
 * connection's chain (the server shows the same chain to everyone), each by its own rule.
 */
public final class ServerChainCases {

  public static final List<String> TAGS = List.of("server", "chain");

  private static final List<ChainCase> ALL = List.of(
      new ChainCase(new Requirement("S-CHAIN-01", Level.MUST,
          "presents a chain that leads to the trust anchor (the provisioning root)", SeedSentences.SIGNED_DIRECTLY, TAGS), Check.ANCHOR),
      new ChainCase(new Requirement("S-CHAIN-02", Level.MUST,
          "presents a certificate that names the host of the URL", SeedSentences.SERVER_NAME_RULE, TAGS), Check.HOST),
      new ChainCase(new Requirement("S-CHAIN-03", Level.MUST,
          "presents certificates valid now (WARN when one expires within 30 days)", SeedSentences.ONLY_VENDOR_VALID, TAGS), Check.VALIDITY),
      new ChainCase(new Requirement("S-CHAIN-04", Level.MUST,
          "uses RSA key sizes and signature hashes the profile accepts", SeedSentences.RSA, TAGS), Check.KEY_AND_HASH),
      new ChainCase(new Requirement("S-CHAIN-05", Level.MUST,
          "sends its whole chain in order, each certificate followed by its issuer", SeedSentences.SIGNED_DIRECTLY, TAGS), Check.ORDER));

  private ServerChainCases() {}

  public static List<ChainCase> all() {
    return ALL;
  }
}
