package dev.resync.conformance.suite;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Runs the shipped conformance suites under {@code mvn verify}, against the embedded defaults
 * (the reference client, profile legacy): every case must pass, or be N/A under the profile.
 * The suites live in main code because the CLI runs the same classes against other targets.
 */
@Suite
@SuiteDisplayName("Conformance suites against the embedded defaults")
@SelectPackages("dev.resync.conformance.suite")
@IncludeClassNamePatterns(".*Suite$")
@ConfigurationParameter(key = "junit.jupiter.extensions.autodetection.enabled", value = "false")
class ReferenceConformanceTest {}
