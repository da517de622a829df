package dev.resync.conformance.verdict;

import dev.resync.conformance.profile.Profile;
import dev.resync.conformance.report.Outcome;
import dev.resync.conformance.server.ConnectionRecord;
import dev.resync.conformance.tls.ClientHello;
import dev.resync.conformance.tls.ProtocolVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges the rules that hold over a whole run, from every connection its scenario servers saw
 * (trust scenarios included): what each ClientHello offered, and what each completed handshake
 * negotiated. A single-suite case only shows what a client does when cornered; these show what
 * it does when it has the choice.
 */
public final class RunAuditJudge {

  /** Which rule: suites or versions, offered or negotiated. */
  public enum Rule { SUITES_OFFERED, SUITES_NEGOTIATED, VERSIONS_OFFERED, VERSIONS_NEGOTIATED }

  private RunAuditJudge() {}

  public static Verdict judge(Rule rule, Profile profile, List<ConnectionLog.Entry> entries, Map<String, Object> evidence) {
    return switch (rule) {
      case SUITES_OFFERED, VERSIONS_OFFERED -> offers(rule, profile, entries, evidence);
      case SUITES_NEGOTIATED, VERSIONS_NEGOTIATED -> negotiated(rule, profile, entries, evidence);
    };
  }

  private static Verdict offers(Rule rule, Profile profile, List<ConnectionLog.Entry> entries, Map<String, Object> evidence) {
    boolean suites = rule == Rule.SUITES_OFFERED;
    Map<String, Object> all = new LinkedHashMap<>(evidence);
    // Clients send the same hello to every scenario: group them, naming the scenarios.
    Map<List<Object>, Map<String, Object>> distinct = new LinkedHashMap<>();
    List<String> violations = new ArrayList<>();
    int hellos = 0;
    for (ConnectionLog.Entry entry : entries) {
      ClientHello hello = entry.record().transcript().clientHello();
      if (hello == null) {
        continue;
      }
      hellos++;
      List<String> bad = suites ? forbiddenSuites(profile, hello) : forbiddenVersions(profile, hello);
      Map<String, Object> group =
          distinct.computeIfAbsent(List.of(hello.offeredVersions(), hello.cipherSuiteNames()), k -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("offeredVersions", hello.offeredVersions());
            map.put("offeredSuites", hello.cipherSuiteNames());
            map.put("forbiddenOffered", bad);
            map.put("scenarios", new ArrayList<String>());
            return map;
          });
      @SuppressWarnings("unchecked")
      List<String> scenarios = (List<String>) group.get("scenarios");
      if (!scenarios.contains(entry.scenario())) {
        scenarios.add(entry.scenario());
      }
      for (String name : bad) {
        if (!violations.contains(name)) {
          violations.add(name);
        }
      }
    }
    all.put("clientHellos", hellos);
    all.put("distinctHellos", List.copyOf(distinct.values()));
    String what = suites ? "suites" : "versions";
    String expected = "no ClientHello offers a " + (suites ? "suite" : "version") + " the profile forbids ("
        + String.join(" ", suites ? profile.forbiddenSuites() : profile.forbiddenProtocols()) + ")";
    if (hellos == 0) {
      return Verdict.error("no scenario server of the run received a ClientHello it could read", expected, all);
    }
    if (violations.isEmpty()) {
      return new Verdict(Outcome.PASS, "none of the run's " + hellos + " ClientHellos offers a forbidden " + what.replaceAll("s$", ""),
          expected, distinct.size() + " distinct hello(s), no forbidden " + what, all);
    }
    String level = profile.level(suites ? "suites.forbidden" : "protocols.forbidden");
    return new Verdict(level.equals("MUST") ? Outcome.FAIL : Outcome.WARN,
        "the client offers " + what + " the profile forbids: " + String.join(", ", violations), expected,
        "offered " + String.join(", ", violations), all);
  }

  private static Verdict negotiated(Rule rule, Profile profile, List<ConnectionLog.Entry> entries, Map<String, Object> evidence) {
    boolean suites = rule == Rule.SUITES_NEGOTIATED;
    Map<String, Object> all = new LinkedHashMap<>(evidence);
    List<Map<String, Object>> completed = new ArrayList<>();
    List<String> mustBroken = new ArrayList<>();
    List<String> shouldBroken = new ArrayList<>();
    for (ConnectionLog.Entry entry : entries) {
      ConnectionRecord record = entry.record();
      if (!record.handshakeCompleted()) {
        continue;
      }
      String negotiated = suites ? record.cipherSuite() : record.protocol();
      String objection = suites ? suiteObjection(profile, negotiated) : versionObjection(profile, negotiated);
      // Offered and negotiated side by side, so a reader sees the choice the client left the server.
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("scenario", entry.scenario());
      row.put("connection", record.index());
      ClientHello hello = record.transcript().clientHello();
      row.put("offeredVersions", hello == null ? List.of() : hello.offeredVersions());
      row.put("negotiatedProtocol", record.protocol());
      row.put("offeredSuites", hello == null ? List.of() : hello.cipherSuiteNames());
      row.put("negotiatedSuite", record.cipherSuite());
      row.put("httpRequest", record.requestLine() == null ? "(none)" : record.requestLine());
      row.put("profile", objection == null ? "allowed" : objection);
      completed.add(row);
      if (objection != null) {
        String item = entry.scenario() + ": " + negotiated;
        String area = suites ? "suites." : "protocols.";
        String level = profile.level(area + (objection.startsWith("forbidden") ? "forbidden" : "allowed"));
        (level.equals("MUST") ? mustBroken : shouldBroken).add(item);
      }
    }
    all.put("completedHandshakes", completed);
    String what = suites ? "suites" : "versions";
    String expected = "every completed handshake of the run negotiated one of the profile's allowed " + what;
    if (completed.isEmpty()) {
      return new Verdict(Outcome.PASS, "no handshake of the run completed, so none negotiated a " + what.replaceAll("s$", "")
          + " outside the profile", expected, "no completed handshake", all);
    }
    if (mustBroken.isEmpty() && shouldBroken.isEmpty()) {
      return new Verdict(Outcome.PASS, "all " + completed.size() + " completed handshakes negotiated allowed " + what,
          expected, completed.size() + " handshakes, all on allowed " + what, all);
    }
    List<String> broken = new ArrayList<>(mustBroken);
    broken.addAll(shouldBroken);
    return new Verdict(mustBroken.isEmpty() ? Outcome.WARN : Outcome.FAIL,
        "handshakes completed on " + what + " outside the profile's allowed set: " + String.join(", ", broken),
        expected, broken.size() + " of " + completed.size() + " handshakes outside the allowed set", all);
  }

  private static String suiteObjection(Profile profile, String suite) {
    if (profile.forbidsSuite(suite)) {
      return "forbidden (suites.forbidden, " + profile.level("suites.forbidden") + ")";
    }
    return profile.allowsSuite(suite) ? null : "outside the allowed set (suites.allowed, " + profile.level("suites.allowed") + ")";
  }

  private static String versionObjection(Profile profile, String version) {
    if (profile.forbidsProtocol(version)) {
      return "forbidden (protocols.forbidden, " + profile.level("protocols.forbidden") + ")";
    }
    return profile.allowsProtocol(version) ? null
        : "outside the allowed set (protocols.allowed, " + profile.level("protocols.allowed") + ")";
  }

  private static List<String> forbiddenSuites(Profile profile, ClientHello hello) {
    return hello.cipherSuiteNames().stream().filter(profile::forbidsSuite).toList();
  }

  /**
   * Versions a hello offers explicitly: listed in supported_versions, or its highest version.
   * Without supported_versions the lowest version a client accepts is not on the wire; the
   * single-version cases find that out.
   */
  private static List<String> forbiddenVersions(Profile profile, ClientHello hello) {
    List<Integer> explicit =
        hello.supportedVersions().isEmpty() ? List.of(hello.legacyVersion()) : hello.supportedVersions();
    return explicit.stream()
        .map(code -> ProtocolVersion.ofCode(code).map(ProtocolVersion::jsseName).orElse(null))
        .filter(name -> name != null && profile.forbidsProtocol(name))
        .distinct()
        .toList();
  }
}
