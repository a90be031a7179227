package org.spinecode.domain.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All codes the installed families contribute, in the order they were declared, resolved against
 * the reference data in force; and the product's code table entries for the numbers no family bills
 * (deleted codes, numbers that were never codes, bundled imaging), so that every surface explains a
 * code from the one catalogue the engine codes with.
 */
public final class CodeCatalogue {
  private final List<CodeDefinition> codes;
  private final Map<String, CodeDefinition> byCode = new HashMap<>();
  private final Map<String, Integer> rank = new HashMap<>();
  /** The same ranks by definition: the engine asks for every coded service, and identity is cheaper to hash than a code. */
  private final Map<CodeDefinition, Integer> rankByDefinition = new IdentityHashMap<>();
  private final Map<String, DatedCode> entries = new LinkedHashMap<>();

  private CodeCatalogue(List<CodeDefinition> codes, Collection<DatedCode> entries) {
    this.codes = List.copyOf(codes);
    for (CodeDefinition code : this.codes) {
      CodeDefinition clash = byCode.put(code.code(), code);
      if (clash != null) {
        throw new IllegalArgumentException("code " + code.code() + " is declared twice (families "
            + clash.family() + " and " + code.family() + ")");
      }
      rankByDefinition.put(code, rank.size());
      rank.put(code.code(), rank.size());
    }
    for (DatedCode entry : entries) {
      this.entries.putIfAbsent(entry.code(), entry);
    }
  }

  public static CodeCatalogue of(List<CodeDefinition> codes) {
    return new CodeCatalogue(codes, List.of());
  }

  /** The families' codes, and the code table's entries ({@code codes.csv}) for explaining any code. */
  public static CodeCatalogue of(List<CodeDefinition> codes, Collection<DatedCode> entries) {
    return new CodeCatalogue(codes, entries);
  }

  /** The code table's entry for a code: its dates, status and note; family codes included. */
  public Optional<DatedCode> entry(String code) {
    return Optional.ofNullable(entries.get(code));
  }

  public List<CodeDefinition> codes() {
    return codes;
  }

  public Optional<CodeDefinition> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Declaration order, used to put primary codes before their add-ons on the claim. */
  public int rank(String code) {
    Integer found = rank.get(code);
    return found == null ? Integer.MAX_VALUE : found;
  }

  /** As {@link #rank(String)}, for a definition, which is usually the catalogue's own. */
  public int rank(CodeDefinition code) {
    Integer found = rankByDefinition.get(code);
    return found != null ? found : rank(code.code());
  }

  /** The add-on codes declared for a primary code. */
  public List<CodeDefinition> addOnsOf(String primary) {
    List<CodeDefinition> addOns = new ArrayList<>();
    for (CodeDefinition code : codes) {
      if (code.addOnTo().contains(primary)) {
        addOns.add(code);
      }
    }
    return Collections.unmodifiableList(addOns);
  }
}
