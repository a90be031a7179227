package org.spinecode.domain.claim;

/**
 * The rule identifiers of the contract's WARNING and ERROR findings, and SpineCode's own INFO
 * identifiers. Rules are open: a plugin may declare its own identifier.
 */
public final class RuleIds {
  public static final String IMAGING_GUIDANCE_REQUIRED = "IMAGING_GUIDANCE_REQUIRED";
  public static final String NOT_COVERED_WITHOUT_IMAGING = "NOT_COVERED_WITHOUT_IMAGING";
  public static final String ULTRASOUND_GUIDANCE_UNPROVEN = "ULTRASOUND_GUIDANCE_UNPROVEN";
  public static final String LEVEL_LIMIT_EXCEEDED = "LEVEL_LIMIT_EXCEEDED";
  public static final String REGION_LIMIT_EXCEEDED = "REGION_LIMIT_EXCEEDED";
  public static final String FREQUENCY_LIMIT_EXCEEDED = "FREQUENCY_LIMIT_EXCEEDED";
  public static final String PRIOR_AUTHORIZATION_REQUIRED = "PRIOR_AUTHORIZATION_REQUIRED";
  /** ERROR: the code is not in effect on the date of service (deleted, or not yet created). */
  public static final String CODE_NOT_IN_EFFECT = "CODE_NOT_IN_EFFECT";
  /** WARNING (Medicare) or INFO: two lines form an NCCI procedure-to-procedure pair in effect. */
  public static final String NCCI_PTP_EDIT = "NCCI_PTP_EDIT";
  /** WARNING (Medicare) or INFO: a code's units exceed its Medically Unlikely Edit. */
  public static final String MUE_EXCEEDED = "MUE_EXCEEDED";
  /** WARNING (type 1) or INFO (types 2, 3): a billed add-on code without any of its primaries. */
  public static final String ADD_ON_WITHOUT_PRIMARY = "ADD_ON_WITHOUT_PRIMARY";
  /** INFO: a billed code that no loaded table knows, so no edit judged it. */
  public static final String NOT_JUDGED = "NOT_JUDGED";
  /** INFO: the date of service is outside the quarter of the loaded NCCI/MUE tables. */
  public static final String EDIT_TABLES_QUARTER = "EDIT_TABLES_QUARTER";
  /** ERROR: the family plugin failed or did not answer in time while coding a procedure. */
  public static final String CODING_FAILED = "CODING_FAILED";
  /** ERROR: no installed plugin codes this family with this guidance. */
  public static final String NO_CODE_FOR_GUIDANCE = "NO_CODE_FOR_GUIDANCE";
  /** INFO: more levels than units, because the code is reported once per region per day. */
  public static final String LEVELS_IN_ONE_UNIT = "LEVELS_IN_ONE_UNIT";
  /** INFO: the imaging guidance is part of the code and is not billed on its own. */
  public static final String IMAGING_INCLUDED = "IMAGING_INCLUDED";

  /** A diagnosis that is not a billable code of the ICD-10-CM release in effect (WARNING). */
  public static final String DIAGNOSIS_NOT_BILLABLE = "DIAGNOSIS_NOT_BILLABLE";
  /** No diagnosis given satisfies the contractor's billing article for the line's code (WARNING, Medicare). */
  public static final String DIAGNOSIS_NOT_COVERED = "DIAGNOSIS_NOT_COVERED";
  /** The covering group needs a second code from another group, and none is given (WARNING, Medicare). */
  public static final String SECONDARY_DIAGNOSIS_REQUIRED = "SECONDARY_DIAGNOSIS_REQUIRED";
  /** No ICD-10-CM table for the date's fiscal year judges a diagnosis given (INFO). */
  public static final String DIAGNOSES_NOT_VALIDATED = "DIAGNOSES_NOT_VALIDATED";
  /** The contractor's billing article for the line is not loaded, or says what SpineCode cannot read (INFO). */
  public static final String COVERAGE_NOT_CHECKED = "COVERAGE_NOT_CHECKED";

  private RuleIds() {}

  /** The diagnosis checks' WARNING rules (CONTRACT.md "Diagnoses"), for counting claims with a diagnosis problem. */
  public static boolean isDiagnosisWarning(String rule) {
    return rule.equals(DIAGNOSIS_NOT_BILLABLE) || rule.equals(DIAGNOSIS_NOT_COVERED)
        || rule.equals(SECONDARY_DIAGNOSIS_REQUIRED);
  }
}
