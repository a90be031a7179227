package org.spinecode.domain.diagnosis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.DiagnosisCode;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.MedicareJurisdiction;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.policy.ContractorDocuments;
import org.spinecode.domain.policy.MedicareContractors;
import org.spinecode.domain.policy.PayerPolicy;

/**
 * An encounter's diagnoses against the reference data (CONTRACT.md "Diagnoses"): validity in the
 * ICD-10-CM release in effect on the date of service, and, for Medicare, coverage of a line's code
 * by the billing article of the encounter's contractor for the code's document set (the epidural or
 * facet article of medicare-jurisdictions.csv). Shared by coding and check mode; immutable.
 */
public final class DiagnosisJudge {
  private static final DiagnosisJudge NONE =
      new DiagnosisJudge(Icd10cmReleases.none(), CoverageArticles.none(), MedicareContractors.none());
  static final String CARC = "Medicare denies such a line with claim adjustment reason 50 (CO-50, or PR-50 with an"
      + " ABN) and remark N115 (decision based on an LCD)";

  private final Icd10cmReleases releases;
  private final CoverageArticles articles;
  private final MedicareContractors contractors;

  private DiagnosisJudge(Icd10cmReleases releases, CoverageArticles articles, MedicareContractors contractors) {
    this.releases = releases;
    this.articles = articles;
    this.contractors = contractors;
  }

  public static DiagnosisJudge of(Icd10cmReleases releases, CoverageArticles articles, MedicareContractors contractors) {
    return new DiagnosisJudge(releases, articles, contractors);
  }

  /** No tables: every diagnosis is "not validated" and no coverage is checked. */
  public static DiagnosisJudge none() {
    return NONE;
  }

  /** DIAGNOSIS_NOT_BILLABLE per code the release in effect does not bill, and one INFO for codes no release judges. */
  public List<Finding> validity(Encounter encounter) {
    if (encounter.diagnoses().isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>(1);
    List<String> notValidated = new ArrayList<>(0);
    for (DiagnosisCode diagnosis : encounter.diagnoses()) {
      CodeValidity validity = releases.validity(diagnosis.code(), encounter.dateOfService());
      if (validity.notBillable()) {
        findings.add(Finding.of(RuleIds.DIAGNOSIS_NOT_BILLABLE, Severity.WARNING, validity.words()
            + "; a claim with it is rejected as unprocessable, not denied, so the lines are unchanged",
            List.of(diagnosis.code()), "CDC/NCHS ICD-10-CM " + validity.release().orElse("release")
                + " (order file: billable flag); HIPAA code set rule, 45 CFR 162.1002"));
      } else if (validity.kind() == CodeValidity.Kind.NOT_VALIDATED) {
        notValidated.add(diagnosis.code());
      }
    }
    if (!notValidated.isEmpty()) {
      findings.add(Finding.of(RuleIds.DIAGNOSES_NOT_VALIDATED, Severity.INFO, String.join(", ", notValidated)
          + (notValidated.size() == 1 ? " was" : " were") + " not validated: no loaded ICD-10-CM table for fiscal year "
          + Icd10cmReleases.fiscalYearOf(encounter.dateOfService()) + " judges "
          + (notValidated.size() == 1 ? "it" : "them") + " (loaded: " + releases.version()
          + "); load the CDC order file of that year (--data-dir)", notValidated,
          "CDC/NCHS ICD-10-CM order files, one release per fiscal year (1 October)"));
    }
    return findings;
  }

  /**
   * The coverage of one line's code by the contractor's billing article, judged on the diagnoses at
   * {@code pointers} (1-based; every diagnosis when empty). Not checked for another payer, an
   * encounter without diagnoses, or a code no contractor document set governs.
   */
  public Coverage coverage(Encounter encounter, CodeDefinition code, List<Integer> pointers) {
    if (encounter.payer() != Payer.MEDICARE || encounter.diagnoses().isEmpty()) {
      return Coverage.NOT_APPLICABLE;
    }
    Optional<String> set = documentSet(code);
    if (set.isEmpty()) {
      return Coverage.NOT_APPLICABLE;
    }
    Optional<MedicareJurisdiction> jurisdiction = contractors.jurisdictionFor(encounter);
    if (jurisdiction.isEmpty()) {
      return Coverage.notChecked("no contractor is known (no state or medicareJurisdiction), so no billing article"
          + " was chosen for " + code.code());
    }
    Optional<ContractorDocuments> documents = contractors.inForce(jurisdiction.get(), set.get(),
        encounter.dateOfService());
    if (documents.isEmpty()) {
      return Coverage.notChecked("no " + set.get().toLowerCase(java.util.Locale.ROOT) + " billing article of "
          + jurisdiction.get() + " governs the date of service");
    }
    String articleId = documents.get().article();
    Optional<CoverageArticle> article = articles.article(articleId);
    if (article.isEmpty()) {
      return Coverage.notChecked(documents.get().contractor() + "'s billing article " + articleId + " is not loaded"
          + " (download CMS's Medicare Coverage Database article export and point --data-dir at it)");
    }
    CoverageJudgement judgement = CoverageJudge.judge(article.get(), encounter.dateOfService(), code.code(),
        pointed(encounter, pointers));
    return Coverage.judged(judgement, pointers);
  }

  /** What the ICD-10-CM release in effect on the date says of one code (any spelling), for showing it. */
  public CodeValidity validity(String code, LocalDate dateOfService) {
    return releases.validity(code, dateOfService);
  }

  /** The billing articles loaded, for listings. */
  public CoverageArticles articles() {
    return articles;
  }

  private static List<String> pointed(Encounter encounter, List<Integer> pointers) {
    List<String> codes = new ArrayList<>(encounter.diagnoses().size());
    if (pointers.isEmpty()) {
      encounter.diagnoses().forEach(d -> codes.add(d.code()));
    } else {
      pointers.forEach(p -> codes.add(encounter.diagnoses().get(p - 1).code()));
    }
    return codes;
  }

  /** The contractor document set the code's Medicare policies come from (EPIDURAL, FACET), if any. */
  private static Optional<String> documentSet(CodeDefinition code) {
    for (PayerPolicy policy : code.policies()) {
      if (policy.payer() == Payer.MEDICARE && policy.scope().lcd().isPresent()) {
        return policy.scope().lcd();
      }
    }
    return Optional.empty();
  }

  /**
   * The answer for one line: judged by an article, not checked (with why), or not applicable. The
   * finding it raises, if any, and the diagnosis positions the line points at.
   */
  public static final class Coverage {
    static final Coverage NOT_APPLICABLE = new Coverage(null, null, List.of());

    private final CoverageJudgement judgement;
    private final String notChecked;
    private final List<Integer> pointers;

    private Coverage(CoverageJudgement judgement, String notChecked, List<Integer> pointers) {
      this.judgement = judgement;
      this.notChecked = notChecked;
      this.pointers = pointers;
    }

    static Coverage notChecked(String why) {
      return new Coverage(null, why, List.of());
    }

    static Coverage judged(CoverageJudgement judgement, List<Integer> pointers) {
      return new Coverage(judgement, null, pointers);
    }

    /** An expected denial: no diagnosis covers, or a dual diagnosis lacks its partner. */
    public boolean denied() {
      return judgement != null && (judgement.outcome() == CoverageJudgement.Outcome.NOT_COVERED
          || judgement.outcome() == CoverageJudgement.Outcome.SECONDARY_DIAGNOSIS_REQUIRED);
    }

    /**
     * The diagnosis positions that satisfy the article, in the encounter's numbering; empty when the
     * article does not decide them (then a line points at the first four).
     */
    public List<Integer> coveringPositions() {
      if (judgement == null || !judgement.covered()) {
        return List.of();
      }
      if (pointers.isEmpty()) {
        return judgement.positions();
      }
      List<Integer> positions = new ArrayList<>(judgement.positions().size());
      judgement.positions().forEach(p -> positions.add(pointers.get(p - 1)));
      return positions;
    }

    /** The finding for the line's code, if the answer is worth one. */
    public Optional<Finding> finding(String code, String denialWords) {
      if (notChecked != null) {
        return Optional.of(Finding.of(RuleIds.COVERAGE_NOT_CHECKED, Severity.INFO, "Diagnosis coverage of " + code
            + " was not checked: " + notChecked + "; nothing is said of it as covered", List.of(code),
            "SpineCode: CMS Medicare Coverage Database article export (CONTRACT.md Diagnoses)"));
      }
      if (judgement == null || judgement.covered()) {
        return Optional.empty();
      }
      String source = "CMS billing article " + judgement.citation() + " (Medicare Coverage Database export), covered"
          + " ICD-10-CM groups";
      if (!denied()) {
        return Optional.of(Finding.of(RuleIds.COVERAGE_NOT_CHECKED, Severity.INFO, "Diagnosis coverage of " + code
            + " was not decided: " + judgement.words() + "; nothing is said of it as covered", List.of(code), source));
      }
      String rule = judgement.outcome() == CoverageJudgement.Outcome.NOT_COVERED ? RuleIds.DIAGNOSIS_NOT_COVERED
          : RuleIds.SECONDARY_DIAGNOSIS_REQUIRED;
      return Optional.of(Finding.of(rule, Severity.WARNING, judgement.words() + "; " + CARC + denialWords,
          List.of(code), source));
    }
  }
}
