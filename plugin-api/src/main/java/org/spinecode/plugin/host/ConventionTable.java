package org.spinecode.plugin.host;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.policy.ClaimConvention;
import org.spinecode.domain.policy.ClaimConventions;
import org.spinecode.domain.policy.DateRange;
import org.spinecode.plugin.data.DataLoadException;
import org.spinecode.plugin.data.Table;

/**
 * Reads the claim conventions table ({@code conventions.csv}): per payer, setting and claim type,
 * the bilateral style written and accepted, whether the ABN modifiers apply, how findings name the
 * payer and how severe its NCCI edit findings are. Errors name the
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
          .payer(r.optionalOneOf("payer", Payer.class))
          .setting(r.optionalOneOf("setting", Setting.class))
          .claimType(r.optionalOneOf("claim_type", ClaimType.class))
          .bilateralStyle(r.oneOf("bilateral_style", BilateralStyle.class))
          .addAllAlsoAccepted(Arrays.stream(r.text("also_accepted").split(";")).map(String::trim)
              .filter(s -> !s.isEmpty()).map(s -> Table.enumNamed(s, "also_accepted", BilateralStyle.class, r))
              .toList())
          .abnModifiers(r.yesNo("abn_modifiers"))
          .payerWords(r.required("payer_words"))
          .editSeverity(r.oneOf("edit_severity", Severity.class))
          .authority(r.required("authority"))
          .window(DateRange.between(r.date("effective_from"), r.date("effective_until")))
          .build()));
    }
    try {
      return ClaimConventions.of(rows);
    } catch (IllegalArgumentException e) {
      throw new DataLoadException(table.name(), 0, e.getMessage());
    }
  }
}
