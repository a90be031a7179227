package org.spinecode.cli.command;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.spinecode.plugin.host.Installation;
import org.spinecode.rest.wire.WireCodec;

/**
 * With {@code --data-dir}, says on standard error, once, what each table loaded: its release and
 * its rows, so a file that loaded only part of what the user expected shows before any result
 * does. The same figures are in {@code spinecode data}.
 */
final class LoadedTablesReport implements Services {
  private final Services services;
  private final PrintWriter err;
  private boolean reported;

  LoadedTablesReport(Services services, PrintWriter err) {
    this.services = services;
    this.err = err;
  }

  @Override
  public Installation installation() {
    Installation installation = services.installation();
    if (!reported) {
      reported = true;
      err.println("spinecode: reference data: " + installation.data().tables().stream()
          .map(t -> t.name() + " " + t.version() + " (" + t.rows() + " rows)").collect(Collectors.joining(", ")));
      err.flush();
    }
    return installation;
  }

  @Override
  public WireCodec codec() {
    return services.codec();
  }
}
