package dev.resync.conformance.rogue;

/**
 * The sentences of the vendor guide that requirements come from: the seed's own words (French),
 * each with its English meaning, and the rules of the same chapter restated in DOMAIN.md.
 */
public final class SeedSentences {

  public static final String ONLY_VENDOR_VALID =
      "«Le micrologiciel qui s'exécute sur le téléphone IP Cisco ne reconnaît comme valide qu'un certificat Cisco.»"
          + " (The firmware recognises as valid only a certificate the vendor signed.)";
  public static final String REJECTS_OTHERS =
      "«Lorsqu'un client se connecte à un serveur à l'aide de HTTPS, il rejette tous les certificats de serveur"
          + " qui ne sont pas signés par Cisco.» (A client connecting over HTTPS rejects every server certificate"
          + " the vendor did not sign.)";
  public static final String SIGNED_DIRECTLY =
      "«Chaque serveur de mise à disposition sécurisé émet un certificat SSL (Secure Sockets Layer), que Cisco"
          + " signe directement.» (Every secure provisioning server presents a certificate the vendor signs directly.)";
  public static final String NO_KEY_NO_SESSION =
      "«En l'absence de la clé privée correspondant à un certificat de serveur valide, le pirate ne peut pas"
          + " établir la communication avec un téléphone IP Cisco.» (Without the private key of a valid server"
          + " certificate, an attacker cannot talk to the phone.)";
  public static final String NO_SPOOFING =
      "«Cette fonction permet de s'assurer que les identités d'un serveur de mise à disposition et d'un client"
          + " individuel ne peuvent pas avoir été usurpées par d'autres périphériques du réseau.» (The identities"
          + " of the provisioning server and of each client cannot be spoofed by other devices.)";
  public static final String SERVER_NAME_RULE =
      "Vendor guide, server certificate rules: the CN must be the server's FQDN, and the phone checks the"
          + " server name against the certificate.";
  public static final String TWO_ROOTS =
      "Vendor guide: a provisioning-server root signs server certificates, a separate client root signs"
          + " device certificates; a certificate of one hierarchy is never accepted in the other role.";
  public static final String RSA =
      "«Le téléphone IP Cisco prend en charge l'algorithme Rivest-Shamir-Adleman (RSA) pour le chiffrement de"
          + " clé publique/privée.» (The phone uses RSA; the profile sets the smallest key and the hashes it accepts.)";

  private SeedSentences() {}
}
