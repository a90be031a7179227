package org.spinecode.cli.command;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command: global options; {@link CommandTree} adds the subcommands. */
@Command(
    name = "spinecode",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = "Codes spinal injection sessions into CPT claim lines with cited findings.",
    footer = {"",
        "Exit codes: 0 all coded; 1 some records refused or with ERROR findings;",
        "            2 usage error; 3 a plugin could not be loaded;",
        "            4 the output could not be written, or an unexpected failure."})
public final class SpineCodeCommand {
  private final Function<Startup, Services> wiring;
  private final InputStream stdin;
  private final OutputStream stdout;
  private final Terminal terminal;
  private Services services;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--plugins-dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
      defaultValue = "${env:SPINECODE_PLUGINS_DIR}",
      description = "Folder of drop-in family plugin jars (default: $SPINECODE_PLUGINS_DIR).")
  Path pluginsDir;

  @Option(names = "--data-dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
      defaultValue = "${env:SPINECODE_DATA_DIR}",
      description = "Folder of tables replacing the bundled ones: newer official CMS files (NCCI PTP ccipra/ccioph,"
          + " MUE, add-on codes, PPRRVU) and the product's own policies.csv, conventions.csv, codes.csv"
          + " (default: $SPINECODE_DATA_DIR). The rows loaded per table go to standard error.")
  Path dataDir;

  @Option(names = "--plugin-timeout", paramLabel = "DURATION", scope = picocli.CommandLine.ScopeType.INHERIT,
      defaultValue = "5s", converter = Durations.class,
      description = "Longest a family plugin may take over one procedure before that procedure is refused"
          + " with CODING_FAILED (default: ${DEFAULT-VALUE}), such as 500ms, 5s or 1m.")
  Duration pluginTimeout;

  @Option(names = "--debug", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of unexpected failures.")
  boolean debug;

  /**
   * @param stdout the raw standard output, for commands that write bytes in bulk; text goes
   *     through picocli's writer
   */
  public SpineCodeCommand(Function<Startup, Services> wiring, InputStream stdin, OutputStream stdout,
      Terminal terminal) {
    this.wiring = wiring;
    this.stdin = stdin;
    this.stdout = stdout;
    this.terminal = terminal;
  }

  /** The wiring for the chosen plugins folder, created on first use. */
  public Services services() {
    if (services == null) {
      services = wiring.apply(new Startup(pluginsDir, pluginTimeout, dataDir));
      if (dataDir != null) {
        services = new LoadedTablesReport(services, spec.commandLine().getErr());
      }
    }
    return services;
  }

  public InputStream stdin() {
    return stdin;
  }

  public OutputStream stdout() {
    return stdout;
  }

  public Terminal terminal() {
    return terminal;
  }

  public boolean debug() {
    return debug;
  }
}
