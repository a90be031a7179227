package org.spinecode.plugin.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.policy.ClaimConvention;
import org.spinecode.domain.policy.ClaimConventions;

/**
 * Reads the claim conventions table ({@code conventions.csv}): per payer, setting and claim type,
 * the bilateral style written and accepted and whether the ABN modifiers apply. Errors name the
 * file and line, or the combination no row covers.
 */
final class ConventionTable {
  /** The file name of the table, in the product's jar and in a {@code --data-dir} folder. */
  static final String FILE_NAME = "conventions.csv";
  static final String BUNDLED = "/org/spinecode/data/" + FILE_NAME;

  private ConventionTable() {}

  static ClaimConventions read(Table table) {
    List<ClaimConvention> rows = new ArrayList<>();
    for (Table.Row row : table.rows()) {
      row.convert(r -> rows.add(ClaimConvention.builder()
          .payer(r.optional("payer").map(Payer::valueOf))
          .setting(r.optional("setting").map(Setting::valueOf))
          .claimType(r.optional("claim_type").map(ClaimType::valueOf))
          .bilateralStyle(BilateralStyle.valueOf(r.required("bilateral_style")))
          .addAllAlsoAccepted(Arrays.stream(r.text("also_accepted").split(";")).map(String::trim)
              .filter(s -> !s.isEmpty()).map(BilateralStyle::valueOf).toList())
          .abnModifiers(r.yesNo("abn_modifiers"))
          .authority(r.required("authority"))
          .effectiveFrom(r.date("effective_from"))
          .effectiveUntil(r.date("effective_until"))
          .build()));
    }
    try {
      return ClaimConventions.of(rows);
    } catch (IllegalArgumentException e) {
      throw new DataLoadException(table.name, 0, e.getMessage());
    }
  }
}
