package org.spinecode.domain.encounter;

/**
 * A Medicare Part B jurisdiction, the region one contractor (MAC) administers: JE and JF Noridian,
 * JH and JL Novitas, JN First Coast, JJ and JM Palmetto, J5 and J8 WPS, J6 and JK NGS, J15 CGS (CMS
 * A/B MAC jurisdiction map). Its LCDs, billing articles and their dates apply to the encounter.
 */
public enum MedicareJurisdiction {
  JE, JF, JH, JL, JN, JJ, JM, J5, J8, J6, JK, J15;

  /** Reads the jurisdiction, forgiving case and a "J-" or "JURISDICTION " prefix written out. */
  public static MedicareJurisdiction parse(String text) {
    String key = text == null ? null : Enums.normalise(text).replace("JURISDICTION_", "J").replace("J_", "J");
    return Enums.parse(MedicareJurisdiction.class, key);
  }
}
