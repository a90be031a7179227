package org.spinecode.domain.claim;

/**
 * The claim modifiers SpineCode sets, declared in claim order: the pricing modifier first, then
 * the side, then KX, then the ABN modifiers. No CMS manual fixes this order (Claims Processing Manual
 * ch. 12 covers bilateral payment, not sequencing): it is the contract's convention, pricing first.
 */
public enum Modifier {
  /** Bilateral procedure, priced at 150% (MPFS bilateral indicator 1). */
  BILATERAL("50"),
  RIGHT("RT"),
  LEFT("LT"),
  /** Requirements in the coverage policy are met (here: diagnostic facet and SNRB lines). */
  KX("KX"),
  /** Expected denial, signed ABN on file. */
  GA("GA"),
  /** Expected denial, no ABN on file. */
  GZ("GZ");

  private final String code;

  Modifier(String code) {
    this.code = code;
  }

  /**
   * The modifier of an expected denial: GA with a signed ABN on file, else GZ (CMS Claims Processing
   * Manual ch. 30 sec. 50).
   */
  public static Modifier expectedDenial(boolean abnOnFile) {
    return abnOnFile ? GA : GZ;
  }

  /** An expected denial's modifier in words: {@code GA (ABN on file)} or {@code GZ (no ABN on file)}. */
  public static String expectedDenialWords(boolean abnOnFile) {
    return abnOnFile ? GA.code + " (ABN on file)" : GZ.code + " (no ABN on file)";
  }

  /** The two characters on the claim. */
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
