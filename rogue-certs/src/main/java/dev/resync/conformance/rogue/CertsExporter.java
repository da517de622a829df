package dev.resync.conformance.rogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.resync.conformance.pki.Pem;
import dev.resync.conformance.pki.StandInPki;
import dev.resync.conformance.pki.StoredCredential;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the stand-in PKI and the whole rogue catalogue as PEM files, for labs that load them
 * into their own servers and clients:
 *
 * <pre>
 * DIR/provisioning-root.pem, DIR/device-root.pem
 * DIR/genuine-server/{chain.pem,key.pem}, DIR/genuine-device/{chain.pem,key.pem}
 * DIR/rogue/&lt;recipe&gt;/{chain.pem,key.pem}
 * DIR/rogue-device/&lt;recipe&gt;/{chain.pem,key.pem}   (client certificates a server must refuse)
 * DIR/index.json   (what each entry is, the requirement it probes, its files)
 * </pre>
 *
 * Everything comes from the fixture store, so an export shares its roots with every run.
 */
public final class CertsExporter {

  private CertsExporter() {}

  /** Writes the files and returns the index entries written. */
  public static List<Map<String, Object>> export(StandInPki pki, Path out) throws IOException {
    Files.createDirectories(out);
    List<Map<String, Object>> index = new ArrayList<>();
    StoredCredential provisioningRoot = pki.provisioningRoot();
    StoredCredential deviceRoot = pki.deviceRoot();
    writeCertificate(out.resolve("provisioning-root.pem"), provisioningRoot.credential().leaf());
    writeCertificate(out.resolve("device-root.pem"), deviceRoot.credential().leaf());
    index.add(rootEntry("provisioning-root", "provisioning-root.pem", provisioningRoot,
        "the provisioning-server root: phones trust it; it signs server certificates"));
    index.add(rootEntry("device-root", "device-root.pem", deviceRoot,
        "the device root: servers trust it for client authentication; it signs device certificates"));
    index.add(entry(out, "genuine-server", "genuine-server", pki.genuineServer(),
        "the genuine server certificate for " + StandInPki.SERVER_HOST + " and " + StandInPki.SERVER_IP
            + ", signed by the provisioning root", null));
    index.add(entry(out, "genuine-device", "genuine-device", pki.genuineDevice(),
        "the genuine device certificate (" + StandInPki.GENUINE_DEVICE.subject() + "), signed by the device root", null));
    for (RogueRecipe recipe : RogueRecipe.values()) {
      index.add(entry(out, "rogue/" + recipe.slug(), "rogue-server", recipe.credential(pki), recipe.description(), recipe));
    }
    for (RogueDeviceRecipe recipe : RogueDeviceRecipe.values()) {
      Map<String, Object> entry =
          entry(out, "rogue-device/" + recipe.slug(), "rogue-device", recipe.credential(pki), recipe.description(), null);
      entry.put("requirement", recipe.requirementId());
      entry.put("level", recipe.level().name());
      index.add(entry);
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("generator", "resync-conformance certs");
    document.put("note", "Stand-in test PKI. Never install these roots anywhere but a test bench.");
    document.put("entries", index);
    Files.writeString(
        out.resolve("index.json"),
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document),
        StandardCharsets.UTF_8);
    return index;
  }

  private static Map<String, Object> rootEntry(String name, String file, StoredCredential root, String description) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", name);
    entry.put("kind", "root");
    entry.put("description", description);
    entry.put("certificate", file);
    entry.putAll(summary(root.credential().leaf()));
    return entry;
  }

  private static Map<String, Object> entry(
      Path out, String name, String kind, StoredCredential credential, String description, RogueRecipe recipe) throws IOException {
    Path dir = out.resolve(name);
    Files.createDirectories(dir);
    Pem.writeCredential(credential.credential(), dir.resolve("chain.pem"), dir.resolve("key.pem"));
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", name);
    entry.put("kind", kind);
    entry.put("description", description);
    if (recipe != null) {
      entry.put("requirement", recipe.requirementId());
      entry.put("level", recipe.level().name());
      entry.put("defect", recipe.changes().stream().map(Enum::name).sorted().toList());
      entry.put("source", recipe.source());
      if (!recipe.serverProtocols().isEmpty()) {
        entry.put("serveWithProtocols", recipe.serverProtocols());
      }
    }
    entry.put("chain", name + "/chain.pem");
    entry.put("key", name + "/key.pem");
    entry.put("chainLength", credential.credential().chain().size());
    entry.putAll(summary(credential.credential().leaf()));
    return entry;
  }

  private static Map<String, Object> summary(X509Certificate certificate) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("subject", certificate.getSubjectX500Principal().getName().replace("\u0000", "\\x00"));
    map.put("issuer", certificate.getIssuerX500Principal().getName());
    map.put("notBefore", certificate.getNotBefore().toInstant().toString());
    map.put("notAfter", certificate.getNotAfter().toInstant().toString());
    map.put("signature", certificate.getSigAlgName());
    try {
      map.put("sha256", dev.resync.conformance.pki.FixtureStore.sha256(certificate.getEncoded()));
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
    return map;
  }

  private static void writeCertificate(Path file, X509Certificate certificate) throws IOException {
    Files.writeString(file, Pem.certificates(List.of(certificate)), StandardCharsets.US_ASCII);
  }
}
