package org.spinecode.cli.command;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = SpineCodeCommand.class.getPackage().getImplementationVersion();
    return new String[] {"spinecode " + (version == null ? "development build" : version),
        "Java " + System.getProperty("java.version")};
  }
}
