package org.spinecode.plugin.host;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.spinecode.domain.encounter.MedicareJurisdiction;
import org.spinecode.domain.encounter.UsState;
import org.spinecode.domain.policy.ContractorDocuments;
import org.spinecode.domain.policy.ContractorDocuments.Confidence;
import org.spinecode.domain.policy.DateRange;
import org.spinecode.domain.policy.MedicareContractors;
import org.spinecode.plugin.data.DataLoadException;
import org.spinecode.plugin.data.Table;

/**
 * Reads the Medicare jurisdiction table ({@code medicare-jurisdictions.csv}, shared
 * data/cms/README.md): one row per state and document set with the Part B jurisdiction, its
 * contractor, the LCD and billing article, and {@code lcd_effective}, the first date of service
 * that LCD governs; optionally {@code effective_until} and {@code confidence}. Without a confidence
 * column, it is read from the note (inferred, unverified or not confirmed). A state maps to one
 * jurisdiction, and the states of a jurisdiction must agree on its documents: the first row that
 * does not is the error, with its line.
 */
final class JurisdictionTable {
  static final String FILE_NAME = "medicare-jurisdictions.csv";
  static final String BUNDLED = "/org/spinecode/data/" + FILE_NAME;

  private JurisdictionTable() {}

  static MedicareContractors read(Table table) {
    Map<UsState, MedicareJurisdiction> byState = new EnumMap<>(UsState.class);
    Map<String, ContractorDocuments> documents = new LinkedHashMap<>();
    for (Table.Row row : table.rows()) {
      row.convert(r -> {
        UsState state = r.oneOf("state", UsState.class);
        MedicareJurisdiction jurisdiction = r.oneOf("jurisdiction", MedicareJurisdiction.class);
        MedicareJurisdiction known = byState.putIfAbsent(state, jurisdiction);
        if (known != null && known != jurisdiction) {
          throw r.fail(state + " is in jurisdiction " + known + " on an earlier row, not " + jurisdiction);
        }
        String note = r.text("note");
        ContractorDocuments doc = ContractorDocuments.builder()
            .jurisdiction(jurisdiction)
            .contractor(r.required("contractor"))
            .lcdSet(r.required("family").toUpperCase(Locale.ROOT))
            .lcd(r.required("lcd"))
            .article(r.required("article"))
            .window(DateRange.between(Optional.of(r.date("lcd_effective")
                .orElseThrow(() -> r.fail("column 'lcd_effective' is empty"))),
                r.has("effective_until") ? r.date("effective_until") : Optional.empty()))
            .confidence(r.has("confidence") ? r.oneOf("confidence", Confidence.class) : fromNote(note))
            .note(note.isEmpty() ? "no note" : note)
            .build();
        String key = jurisdiction + " " + doc.lcdSet() + " " + doc.window();
        ContractorDocuments same = documents.putIfAbsent(key, doc);
        if (same != null && !(same.contractor().equals(doc.contractor()) && same.lcd().equals(doc.lcd())
            && same.article().equals(doc.article()))) {
          throw r.fail(jurisdiction + " " + doc.lcdSet() + " is " + same.lcd() + "/" + same.article() + " ("
              + same.contractor() + ") on an earlier row, not " + doc.lcd() + "/" + doc.article());
        }
      });
    }
    if (byState.isEmpty()) {
      throw new DataLoadException(table.name(), 0, "the table maps no state");
    }
    try {
      return MedicareContractors.of(byState, new ArrayList<>(documents.values()));
    } catch (IllegalArgumentException e) {
      throw new DataLoadException(table.name(), 0, e.getMessage());
    }
  }

  private static Confidence fromNote(String note) {
    String words = note.toLowerCase(Locale.ROOT);
    if (words.contains("unverified") || words.contains("not confirmed")) {
      return Confidence.UNVERIFIED;
    }
    return words.contains("inferred") ? Confidence.INFERRED : Confidence.CONFIRMED;
  }
}
