package org.spinecode.plugin;

import java.util.Optional;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.plugin.data.PolicyTable;
import org.spinecode.plugin.data.ReferenceData;

/**
 * What the product hands a family when it creates the family's coder: the SPI version it speaks
 * and the reference data in force (code dates, CMS tables), read once at start. New members arrive
 * as methods with defaults, so a plugin compiled against an older context keeps working.
 */
public final class FamilyContext {
  private final ReferenceData data;

  private FamilyContext(ReferenceData data) {
    this.data = data;
  }

  public static FamilyContext of(ReferenceData data) {
    return new FamilyContext(data);
  }

  /** The SPI version of the product the plugin runs in ({@link FamilyPlugin#SPI_VERSION}). */
  public int spiVersion() {
    return FamilyPlugin.SPI_VERSION;
  }

  /** The reference data's short name, as every result names it. */
  public String dataVersion() {
    return data.dataVersion();
  }

  /**
   * The payer policy table in force: the bundled {@code policies.csv}, or the one a
   * {@code --data-dir} folder carries. A coder that applies a family-wide policy itself (the
   * thoracolumbar junction) reads its row here, so an updated table reaches it.
   */
  public PolicyTable policies() {
    return data.policies();
  }

  /** The product's dates for a code, if the code table lists it. */
  public Optional<DatedCode> codeDates(String code) {
    return data.codeDate(code);
  }
}
