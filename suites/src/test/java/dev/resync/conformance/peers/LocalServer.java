package dev.resync.conformance.peers;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real server (apache2, nginx) run as a local process on 127.0.0.1 for one test: started from
 * a config the test wrote, waited for until its port accepts (bounded), stopped by its own
 * process handle. Missing binaries fail the test with a message, never skip it: CI installs them.
 */
final class LocalServer implements AutoCloseable {

  private static final long START_TIMEOUT_MS = 10_000;

  private final Process process;
  private final Path log;
  final int port;

  private LocalServer(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    }
  }

  static void requireExecutable(String path, String debianPackage) {
    if (!Files.isExecutable(Path.of(path))) {
      throw new AssertionError(path + " is missing: install the Debian package '" + debianPackage
          + "' (.ci/run does); these acceptance tests never skip");
    }
  }

  static LocalServer start(List<String> command, Path directory, int port, Path errorLog) throws IOException, InterruptedException {
    Path output = directory.resolve("process.log");
    Process process = new ProcessBuilder(command)
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .redirectInput(new File("/dev/null"))
        .start();
    LocalServer server = new LocalServer(process, errorLog, port);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MS);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(command.get(0) + " exited with " + process.exitValue() + " at start:\n"
            + read(output) + "\n" + read(errorLog));
      }
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return server;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    server.close();
    throw new AssertionError(command.get(0) + " did not listen on 127.0.0.1:" + port + " within " + START_TIMEOUT_MS + " ms:\n"
        + read(output) + "\n" + read(errorLog));
  }

  String errorLog() {
    return read(log);
  }

  static String read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no " + file + ")";
    } catch (IOException e) {
      return "(unreadable " + file + ": " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    // Stops the master by its handle (SIGTERM), then its workers; only what this test started.
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(2, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    children.forEach(child -> {
      if (child.isAlive()) {
        child.destroyForcibly();
      }
    });
  }
}
