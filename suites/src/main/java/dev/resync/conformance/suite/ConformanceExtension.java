package dev.resync.conformance.suite;

import dev.resync.conformance.harness.ClientHarness;
import dev.resync.conformance.harness.ConfigurationException;
import dev.resync.conformance.harness.RunSettings;
import dev.resync.conformance.harness.ServerHarness;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives the suites their target: {@link RunSettings} from the JUnit configuration parameters,
 * the {@link ClientHarness} built from them (one per run, closed at its end), and a
 * {@link VerdictRecorder} for the current case.
 */
public final class ConformanceExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ConformanceExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == RunSettings.class || type == ClientHarness.class || type == ServerHarness.class
        || type == VerdictRecorder.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == VerdictRecorder.class) {
      return new VerdictRecorder(context);
    }
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    RunSettings settings = store.getOrComputeIfAbsent(RunSettings.class, k -> settings(context), RunSettings.class);
    if (type == RunSettings.class) {
      return settings;
    }
    if (type == ServerHarness.class) {
      return store.getOrComputeIfAbsent(ServerHarness.class, k -> new ServerHarness(settings), ServerHarness.class);
    }
    return store.getOrComputeIfAbsent(ClientHarness.class, k -> new ClientHarness(settings), ClientHarness.class);
  }

  private static RunSettings settings(ExtensionContext context) {
    try {
      return RunSettings.from(context::getConfigurationParameter);
    } catch (ConfigurationException e) {
      throw new ParameterResolutionException("configuration error: " + e.getMessage(), e);
    }
  }
}
