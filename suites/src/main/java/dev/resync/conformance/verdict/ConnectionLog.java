package dev.resync.conformance.verdict;

import dev.resync.conformance.server.ConnectionRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Every connection every scenario server of the run saw, with the scenario it belongs to, so
 * that rules on the whole run (C-CIPHER-01/02, C-PROTO-01/02) can be judged at its end: what a
 * client offered and negotiated against a trust scenario counts as much as against a cipher one.
 */
public final class ConnectionLog {

  /** One connection and the case whose scenario server saw it. */
  public record Entry(String scenario, ConnectionRecord record) {}

  private final List<Entry> entries = new ArrayList<>();

  public synchronized void add(String scenario, List<ConnectionRecord> records) {
    for (ConnectionRecord record : records) {
      entries.add(new Entry(scenario, record));
    }
  }

  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }
}
