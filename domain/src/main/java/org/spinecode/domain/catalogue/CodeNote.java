package org.spinecode.domain.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a coder should know about a code no family bills: deleted codes and their replacements,
 * numbers that were never codes, and imaging codes that are bundled into the injection codes.
 */
@Value.Immutable
public abstract class CodeNote {

  /** Why the code is not on a claim from these families. */
  public enum Status {
    DELETED,
    NOT_A_CODE,
    BUNDLED_IMAGING
  }

  public abstract String code();

  public abstract Status status();

  public abstract String note();

  public abstract String authority();

  private static final List<CodeNote> NOTES = List.of(
      deleted("62310", "Deleted 2017-01-01: now 62320 (no imaging) or 62321 (fluoroscopy or CT), cervical or thoracic"),
      deleted("62311", "Deleted 2017-01-01: now 62322 (no imaging) or 62323 (fluoroscopy or CT), lumbar, sacral or caudal"),
      deleted("62318", "Deleted 2017-01-01: now 62324 or 62325, cervical or thoracic epidural catheter"),
      deleted("62319", "Deleted 2017-01-01: now 62326 or 62327, lumbar, sacral or caudal epidural catheter"),
      deleted("64470", "Deleted 2010-01-01: facet injections are 64490-64495 (with imaging)"),
      deleted("64472", "Deleted 2010-01-01: facet injections are 64490-64495 (with imaging)"),
      deleted("64475", "Deleted 2010-01-01: facet injections are 64490-64495 (with imaging)"),
      deleted("64476", "Deleted 2010-01-01: facet injections are 64490-64495 (with imaging)"),
      deleted("64622", "Deleted 2012-01-01: facet nerve ablation is 64633-64636 (per joint, with imaging)"),
      deleted("64623", "Deleted 2012-01-01: facet nerve ablation is 64633-64636 (per joint, with imaging)"),
      deleted("64626", "Deleted 2012-01-01: facet nerve ablation is 64633-64636 (per joint, with imaging)"),
      deleted("64627", "Deleted 2012-01-01: facet nerve ablation is 64633-64636 (per joint, with imaging)"),
      notACode("64481", "There is no 64481: transforaminal codes are 64479/64480 (cervical or thoracic) and 64483/64484 (lumbar or sacral)"),
      notACode("64482", "There is no 64482: transforaminal codes are 64479/64480 (cervical or thoracic) and 64483/64484 (lumbar or sacral)"),
      bundled("77003", "Fluoroscopic needle guidance: part of 62321, 62323, 62325, 62327, 64479-64484 and 64490-64495; never billed with them"),
      bundled("77012", "CT needle guidance: part of 62321, 62323, 62325, 62327, 64479-64484 and 64490-64495; never billed with them"),
      bundled("76942", "Ultrasound needle guidance: part of 0213T-0218T and 0228T-0231T; never billed with them"));

  private static final Map<String, CodeNote> BY_CODE = new HashMap<>();

  static {
    for (CodeNote note : NOTES) {
      BY_CODE.put(note.code(), note);
    }
  }

  public static Optional<CodeNote> find(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  public static List<CodeNote> all() {
    return NOTES;
  }

  private static CodeNote deleted(String code, String note) {
    return ImmutableCodeNote.builder().code(code).status(Status.DELETED).note(note)
        .authority("CPT code set changes (AMA), effective on the date given").build();
  }

  private static CodeNote notACode(String code, String note) {
    return ImmutableCodeNote.builder().code(code).status(Status.NOT_A_CODE).note(note)
        .authority("CPT: the 6447x-6448x transforaminal series skips these numbers").build();
  }

  private static CodeNote bundled(String code, String note) {
    return ImmutableCodeNote.builder().code(code).status(Status.BUNDLED_IMAGING).note(note)
        .authority("CPT parenthetical notes for the injection codes; NCCI Policy Manual ch. 8").build();
  }
}
