package dev.resync.conformance.teeth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** What a run may leave behind: processes, threads, sockets. Read from /proc and the JVM. */
public final class Leftovers {

  private Leftovers() {}

  /** Live processes (zombies have no command line) whose command line contains {@code marker}. */
  public static List<String> processes(String marker) {
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      return entries
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .map(p -> p.getFileName() + ": " + cmdline(p))
          .filter(line -> line.contains(marker))
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list /proc", e);
    }
  }

  private static String cmdline(Path proc) {
    try {
      return new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ').trim();
    } catch (IOException | RuntimeException gone) {
      return "";
    }
  }

  /** Live threads of this JVM, by name. */
  public static Set<String> threads() {
    Set<String> names = new TreeSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive()) {
        names.add(thread.getName());
      }
    }
    return names;
  }

  /** Sockets this JVM holds open (file descriptors that are sockets). */
  public static int openSockets() {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return (int) fds.filter(fd -> {
        try {
          return Files.readSymbolicLink(fd).toString().startsWith("socket:");
        } catch (IOException | RuntimeException closed) {
          return false;
        }
      }).count();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list /proc/self/fd", e);
    }
  }

  /** Child processes of this JVM that are still running. */
  public static List<String> childProcesses() {
    return ProcessHandle.current().children()
        .filter(ProcessHandle::isAlive)
        .map(p -> p.pid() + ": " + p.info().commandLine().orElse("?"))
        .toList();
  }
}
