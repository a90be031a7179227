package org.spinecode.rest.format;

import org.spinecode.domain.encounter.Setting;

/**
 * The code systems a claim names its codes in (HL7 Terminology's canonical URLs), chosen by the
 * code's shape: CPT (five digits, or four digits and F or T) and its two-digit modifiers, HCPCS
 * Level II (a letter and four digits) and its letter modifiers (RT, LT, KX, GA, GZ, XS...).
 */
final class CodeSystems {
  static final String CPT = "http://www.ama-assn.org/go/cpt";
  static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
  static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
  static final String PLACE_OF_SERVICE = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
  static final String CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type";
  static final String PRIORITY = "http://terminology.hl7.org/CodeSystem/processpriority";
  static final String DIAGNOSIS_TYPE = "http://terminology.hl7.org/CodeSystem/ex-diagnosistype";
  static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
  /** SpineCode's rule identifiers (CONTRACT.md "Rule identifiers"), and its error codes. */
  static final String SPINECODE_RULE = "urn:spinecode:rule";
  /** SpineCode's check-mode verdicts and difference kinds (CONTRACT.md "Check mode"). */
  static final String SPINECODE_CHECK = "urn:spinecode:check";

  private CodeSystems() {}

  /** CPT for CPT-shaped codes, HCPCS Level II for a letter and four digits. */
  static String procedure(String code) {
    return code.length() == 5 && code.charAt(0) >= 'A' && code.charAt(0) <= 'Z' ? HCPCS : CPT;
  }

  /** CPT's modifiers are two digits (50, 59); HCPCS Level II's have a letter (RT, KX, GZ, XS). */
  static String modifier(String modifier) {
    return modifier.chars().allMatch(c -> c >= '0' && c <= '9') ? CPT : HCPCS;
  }

  /** The CMS place-of-service code (Place of Service Code Set). */
  static String placeOfService(Setting setting) {
    return switch (setting) {
      case OFFICE -> "11";
      case HOSPITAL_OUTPATIENT -> "22";
      case ASC -> "24";
    };
  }
}
