package dev.resync.conformance.harness;

import dev.resync.conformance.catalog.ClientTrustCases;
import dev.resync.conformance.client.ProcessTree;
import java.time.Duration;

/**
 * How long a run may take at most, derived from its cases and its per-case timeout: a gate that
 * hangs blocks a release as surely as a failure, so every wait in a case has a bound, and this
 * class adds them up. The CLI prints the bound when a run starts.
 *
 * <p>One case is at most: setting up its scenario server ({@link #SETUP}), the timeout twice
 * ({@link #WAITS_PER_CASE}: a client's fetch, or a server case's probe and its control probe),
 * killing the client's process tree ({@link ProcessTree#KILL_GRACE}), letting the
 * server finish its connections ({@link #SETTLE}) and closing it ({@link #SERVER_CLOSE}). A run
 * adds {@link #START} once: the JVM, the test engine, and a cold fixtures store generating its
 * keys.
 *
 * @param caseTimeout the longest the client under test may take in one case
 * @param cases how many cases the run selects
 */
public record TimeBudget(Duration caseTimeout, int cases) {

  /** Starting a scenario server on a warm fixtures store: loading one credential, binding. */
  public static final Duration SETUP = Duration.ofSeconds(1);

  /** Timed waits one case may make: a client's fetch; a server case's own probe and control probe. */
  public static final int WAITS_PER_CASE = 2;

  /** How long the server may still be busy with a connection once the client has returned. */
  public static final Duration SETTLE = Duration.ofSeconds(2);

  /** ScenarioServer.close(): its handlers (2 s), then its accept thread (2 s). */
  public static final Duration SERVER_CLOSE = Duration.ofSeconds(4);

  /** Once per run: JVM and launcher start, and generating the stand-in PKI on a cold store. */
  public static final Duration START = Duration.ofSeconds(60);

  public TimeBudget {
    if (cases < 0) {
      throw new IllegalArgumentException("cases: " + cases);
    }
  }

  /**
   * How long a scenario server waits on a silent client: shorter than the case timeout, so that
   * a client that connects and says nothing is seen timing out (SILENT), not cut off by the
   * harness killing it at the timeout, which would look like a client that hung up.
   */
  public static Duration serverReadTimeout(Duration caseTimeout) {
    return caseTimeout.multipliedBy(3).dividedBy(4);
  }

  /** The most one case may take. */
  public Duration perCase() {
    return SETUP.plus(caseTimeout.multipliedBy(WAITS_PER_CASE)).plus(ProcessTree.KILL_GRACE).plus(SETTLE).plus(SERVER_CLOSE);
  }

  /** The most the whole run may take. */
  public Duration run() {
    return START.plus(perCase().multipliedBy(cases));
  }

  /** One line for the run's header, the formula included so that a reader can check it. */
  public String describe() {
    return String.format(
        "at most %s (%s + %d cases x (%d x timeout %s + %s for setup, kill, settle and close))",
        human(run()), human(START), cases, WAITS_PER_CASE, human(caseTimeout),
        human(perCase().minus(caseTimeout.multipliedBy(WAITS_PER_CASE))));
  }

  static String human(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 1000 != 0) {
      return millis + " ms";
    }
    long seconds = millis / 1000;
    return seconds >= 120 && seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
  }
}
