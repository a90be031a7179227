package org.spinecode.cli.command;

import org.spinecode.plugin.host.Installation;
import org.spinecode.rest.http.ServedProduct;
import org.spinecode.rest.wire.DataView;

/** The installation as the wire shows it: its loaded tables, and what the REST server serves. */
public final class ProductViews {

  private ProductViews() {}

  public static DataView data(Installation installation) {
    return new DataView(installation.dataVersion(), installation.tables().stream()
        .map(t -> new DataView.TableView(t.name(), t.source(), t.version(), t.rows())).toList());
  }

  /** For the server: plugin jars by file name only, so a client never learns the server's paths. */
  public static ServedProduct served(Installation installation) {
    return new ServedProduct(installation.coder(), installation.checker(), installation.catalogue(),
        installation.editTables(), installation.data().contractors(), PluginViews.published(installation.plugins()),
        data(installation));
  }
}
