package dev.resync.conformance.cli;

import dev.resync.conformance.harness.ConfigurationException;
import dev.resync.conformance.pki.Pem;
import dev.resync.conformance.profile.ProfileLoader;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code conformance}: runs the conformance suites from the command line, writes their reports
 * and exits 0 (conformant), 1 (a MUST failed), 2 (usage or configuration error) or 3 (the
 * harness could not decide some case).
 */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    versionProvider = ConformanceCli.Version.class,
    description = {
      "Security conformance suite for HTTPS provisioning (resync) of multiplatform IP phones.",
      "",
      "Exit codes: 0 conformant, 1 a MUST requirement failed, 2 usage or configuration error,",
      "3 the harness could not decide some case (ERROR).",
    },
    subcommands = {RunCommand.class, ClientCommand.class, ServerCommand.class, ServeCommand.class, CertsCommand.class,
        CommandLine.HelpCommand.class})
public final class ConformanceCli {

  public static final int USAGE = 2;
  public static final int HARNESS = 3;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new ConformanceCli());
    cli.setParameterExceptionHandler(
        (exception, arguments) -> {
          PrintWriter err = exception.getCommandLine().getErr();
          err.println("conformance: " + exception.getMessage());
          err.println("Try '" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (exception, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (isConfigurationProblem(exception)) {
            err.println("conformance: " + exception.getMessage());
            return USAGE;
          }
          err.println("conformance: harness error: " + exception);
          return HARNESS;
        });
    return cli.execute(args);
  }

  static boolean isConfigurationProblem(Exception e) {
    return e instanceof ConfigurationException
        || e instanceof Pem.PemException
        || e instanceof ProfileLoader.ProfileException
        || e instanceof UsageProblem;
  }

  /** A problem with the user's input found while running (a directory we cannot write...). */
  static final class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
      super(message);
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ConformanceCli.class.getPackage().getImplementationVersion();
      return new String[] {"resync-conformance " + (version == null ? "(development build)" : version)};
    }
  }
}
