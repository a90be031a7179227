package org.spinecode.domain.edit;

import java.util.HashMap;
import java.util.Map;
import org.spinecode.domain.policy.AddOnRule;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.MueLimit;
import org.spinecode.domain.policy.PtpEdit;

/** Everything the edit tables know about one code, by table, indexed once when the tables are built. */
final class CodeEdits {
  static final EditTable[] TABLES = EditTable.values();

  @SuppressWarnings("unchecked")
  final Map<String, PtpEdit[]>[] columnTwo = new Map[TABLES.length];
  final MueLimit[][] mue = new MueLimit[TABLES.length][];
  AddOnRule[] asAddOn = new AddOnRule[0];
  int bilateralIndicator = -1;

  /**
   * A copy the builder cannot change any more, so that built tables stay as built (findings of
   * claims already judged are kept). The builder replaces row arrays rather than writing into them,
   * so they are shared.
   */
  CodeEdits copy() {
    CodeEdits copy = new CodeEdits();
    for (int t = 0; t < TABLES.length; t++) {
      copy.columnTwo[t] = columnTwo[t] == null ? null : new HashMap<>(columnTwo[t]);
      copy.mue[t] = mue[t];
    }
    copy.asAddOn = asAddOn;
    copy.bilateralIndicator = bilateralIndicator;
    return copy;
  }
}
