package org.spinecode.rest.http;

import java.util.List;
import java.util.Objects;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.check.ClaimChecker;
import org.spinecode.domain.edit.EditTables;
import org.spinecode.domain.policy.MedicareContractors;
import org.spinecode.rest.wire.DataView;
import org.spinecode.rest.wire.PluginView;

/**
 * What the server serves, all from one composition of plugins and reference data: the coding port,
 * check mode over the same coder, the catalogue the coder codes with, CMS's tables for the code
 * listings' fee-schedule indicators, the Medicare contractors whose documents the listings name, and
 * the installed plugins and loaded tables as listed.
 */
public record ServedProduct(EncounterCoder coder, ClaimChecker checker, CodeCatalogue catalogue,
    EditTables editTables, MedicareContractors contractors, List<PluginView> plugins, DataView data) {

  public ServedProduct {
    Objects.requireNonNull(coder, "coder");
    Objects.requireNonNull(checker, "checker");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(editTables, "editTables");
    Objects.requireNonNull(contractors, "contractors");
    plugins = List.copyOf(plugins);
    Objects.requireNonNull(data, "data");
  }
}
