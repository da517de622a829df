package dev.resync.conformance.rogue;

/**
 * The properties of a server credential a client's trust decision rests on. Each rogue recipe
 * declares the ones it changes; the project's tests check that it changes those and no others.
 */
public enum CertificateProperty {
  /** Subject CN and subject alternative names: the host names the certificate is for. */
  NAMES,
  /** The subject without its CN (organisation, and the device fields of a device certificate). */
  SUBJECT,
  /** The leaf's public key: algorithm, size, and which key it is. */
  KEY,
  /** Whether the leaf is valid now. */
  VALIDITY,
  /** The algorithm the leaf is signed with. */
  SIGNATURE,
  /** basicConstraints, keyUsage, extendedKeyUsage, and the set of critical extensions. */
  EXTENSIONS,
  /** Everything above the leaf: who issued it, through which CAs, each valid and a CA. */
  ISSUER,
  /** Whether the server holds the private key of the certificate it presents. */
  KEY_POSSESSION
}
