package org.spinecode.domain.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.CoverageRule;
import org.spinecode.domain.catalogue.FrequencyLimit;
import org.spinecode.domain.catalogue.LevelLimit;
import org.spinecode.domain.catalogue.PayerPolicy;
import org.spinecode.domain.catalogue.PrerequisiteSessions;
import org.spinecode.domain.catalogue.PriorAuthorization;
import org.spinecode.domain.catalogue.PurposeModifier;
import org.spinecode.domain.catalogue.RegionLimit;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.PriorSession;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.spine.Region;
import org.spinecode.domain.spine.SpinalLevel;

/**
 * Applies the payer policies the code definitions declare, the same way for every family. Only
 * Medicare has the ABN modifiers, so only Medicare lines are marked as expected denials (GZ, or GA
 * with a signed ABN; CMS Claims Processing Manual ch. 30 §50); for other payers the WARNING alone
 * tells the coder.
 */
final class PayerPolicies {
  private final Encounter encounter;
  private final List<PriorSession> history;
  private final List<Billable> billables;
  private final CodeCatalogue catalogue;
  private final Payer payer;
  private final LocalDate date;
  private final boolean marksDenials;
  private final Map<String, Draft> drafts = new LinkedHashMap<>();

  private PayerPolicies(Encounter encounter, List<PriorSession> history, List<Billable> billables,
      CodeCatalogue catalogue) {
    this.encounter = encounter;
    this.history = history;
    this.billables = billables;
    this.catalogue = catalogue;
    this.payer = encounter.payer();
    this.date = encounter.dateOfService();
    this.marksDenials = payer == Payer.MEDICARE;
  }

  /** Marks the billables and returns the WARNING findings, in a fixed order. */
  static List<Finding> apply(Encounter encounter, List<PriorSession> history,
      List<Billable> billables, CodeCatalogue catalogue) {
    PayerPolicies policies = new PayerPolicies(encounter, history, billables, catalogue);
    policies.coverage();
    policies.levelLimits();
    policies.regionLimits();
    policies.frequencyLimits();
    policies.prerequisites();
    policies.attestations();
    policies.priorAuthorization();
    List<Finding> findings = new ArrayList<>(policies.drafts.size());
    for (Draft draft : policies.drafts.values()) {
      findings.add(Finding.of(draft.rule, Severity.WARNING, draft.message, List.copyOf(draft.codes), draft.source));
    }
    return findings;
  }

  private void coverage() {
    for (Billable billable : billables) {
      for (CoverageRule rule : billable.service.code().coverage()) {
        if (rule.appliesTo(payer, date)) {
          draft(rule.rule(), rule.rule(), rule.message() + denialWords(), rule).codes.add(billable.code());
          deny(billable);
        }
      }
    }
  }

  private void levelLimits() {
    Map<List<Object>, List<Billable>> groups = new LinkedHashMap<>();
    for (Billable billable : billables) {
      if (first(billable.service.code().levelLimits()) != null) {
        groups.computeIfAbsent(List.of(billable.session, billable.service.region()), k -> new ArrayList<>())
            .add(billable);
      }
    }
    for (List<Billable> group : groups.values()) {
      LevelLimit limit = null;
      for (Billable billable : group) {
        LevelLimit own = first(billable.service.code().levelLimits());
        if (limit == null || own.maxLevels() < limit.maxLevels()) {
          limit = own;
        }
      }
      Set<SpinalLevel> done = levelsOf(group, null);
      if (done.size() <= limit.maxLevels()) {
        continue;
      }
      List<Billable> excess = excessAddOns(group, limit.maxLevels());
      Set<String> codes = new LinkedHashSet<>();
      for (Billable billable : excess.isEmpty() ? group : excess) {
        codes.add(billable.code());
        if (excess.contains(billable)) {
          deny(billable);
        }
      }
      Billable any = group.get(0);
      String message = payerWords() + " covers at most " + limit.maxLevels() + " "
          + familyWords(any.service.code()) + " level" + (limit.maxLevels() == 1 ? "" : "s")
          + " per region per session; " + done.size() + " " + any.service.region().words()
          + " levels were done (" + joined(done) + ")"
          + (excess.isEmpty()
              ? "; the code is reported once, so no unit is split off"
              : "; the excess units of " + String.join(", ", codes) + " go on their own line" + denialWords());
      Draft draft = draft(RuleIds.LEVEL_LIMIT_EXCEEDED + any.session + any.service.region(),
          RuleIds.LEVEL_LIMIT_EXCEEDED, message, limit);
      draft.codes.addAll(codes);
    }
  }

  /**
   * The add-on units to take off, last add-on first and the last levels first, until the levels
   * left are within the limit. Primary units are never taken. In the order taken, so the finding
   * names the codes in the same order on every run (an identity-hashed set did not).
   */
  private List<Billable> excessAddOns(List<Billable> group, int maxLevels) {
    List<Billable> candidates = new ArrayList<>();
    for (Billable billable : group) {
      if (billable.service.code().isAddOn()) {
        candidates.add(billable);
      }
    }
    candidates.sort(Comparator
        .comparingInt((Billable b) -> catalogue.rank(b.code())).reversed()
        .thenComparing(b -> lastLevel(b), Comparator.reverseOrder())
        .thenComparing(b -> b.service.side()));
    List<Billable> excess = new ArrayList<>();
    for (Billable candidate : candidates) {
      if (levelsOf(group, excess).size() <= maxLevels) {
        break;
      }
      excess.add(candidate);
    }
    return excess;
  }

  private static SpinalLevel lastLevel(Billable billable) {
    List<SpinalLevel> levels = billable.service.levels();
    return levels.get(levels.size() - 1);
  }

  private static Set<SpinalLevel> levelsOf(List<Billable> group, List<Billable> except) {
    EnumSet<SpinalLevel> levels = EnumSet.noneOf(SpinalLevel.class);
    for (Billable billable : group) {
      if (except == null || !except.contains(billable)) {
        levels.addAll(billable.service.levels());
      }
    }
    return levels;
  }

  private void regionLimits() {
    Map<String, List<Billable>> groups = new LinkedHashMap<>();
    Map<String, RegionLimit> limits = new LinkedHashMap<>();
    for (Billable billable : billables) {
      RegionLimit limit = first(billable.service.code().regionLimits());
      if (limit != null) {
        groups.computeIfAbsent(limit.group(), k -> new ArrayList<>()).add(billable);
        limits.putIfAbsent(limit.group(), limit);
      }
    }
    for (Map.Entry<String, List<Billable>> group : groups.entrySet()) {
      Region firstRegion = null;
      int firstOrder = Integer.MAX_VALUE;
      for (Billable billable : group.getValue()) {
        if (billable.service.order() < firstOrder) {
          firstOrder = billable.service.order();
          firstRegion = billable.service.region();
        }
      }
      Draft draft = null;
      for (Billable billable : group.getValue()) {
        if (billable.service.region() != firstRegion) {
          if (draft == null) {
            draft = draft(RuleIds.REGION_LIMIT_EXCEEDED + group.getKey(), RuleIds.REGION_LIMIT_EXCEEDED,
                payerWords() + " covers " + group.getKey().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " injections in one region per session; the first region done was "
                    + firstRegion.words() + ", so the other region's lines" + denialWords(true),
                limits.get(group.getKey()));
          }
          draft.codes.add(billable.code());
          deny(billable);
        }
      }
    }
  }

  private void frequencyLimits() {
    for (Billable billable : billables) {
      FrequencyLimit limit = first(billable.service.code().frequencyLimits());
      if (limit == null) {
        continue;
      }
      Purpose purpose = limit.perPurpose() ? billable.service.purpose().orElse(null) : null;
      Region region = billable.service.region();
      LocalDate from = date.minusMonths(limit.months());
      Set<LocalDate> dates = new HashSet<>();
      for (PriorSession prior : history) {
        if (limit.families().contains(prior.family()) && prior.region() == region
            && (purpose == null || prior.purpose().orElse(null) == purpose)
            && !prior.dateOfService().isBefore(from)) {
          dates.add(prior.dateOfService());
        }
      }
      if (dates.size() >= limit.maxSessions()) {
        String bucket = limit.group().toLowerCase(Locale.ROOT).replace('_', ' ')
            + (purpose == null ? "" : " " + purpose.name().toLowerCase(Locale.ROOT));
        draft(RuleIds.FREQUENCY_LIMIT_EXCEEDED + bucket + region, RuleIds.FREQUENCY_LIMIT_EXCEEDED,
            payerWords() + " covers at most " + limit.maxSessions() + " " + bucket + " sessions per "
                + region.words() + " region in " + limit.months() + " months; the history shows "
                + dates.size() + " from " + from + " to " + date.minusDays(1) + ", so this session"
                + denialWords(false),
            limit).codes.add(billable.code());
        deny(billable);
      }
    }
  }

  private void prerequisites() {
    for (Billable billable : billables) {
      PrerequisiteSessions rule = first(billable.service.code().prerequisites());
      if (rule == null) {
        continue;
      }
      Region region = billable.service.region();
      Set<LocalDate> dates = new HashSet<>();
      boolean waived = false;
      for (PriorSession prior : history) {
        if (prior.region() != region) {
          continue;
        }
        waived |= rule.waivedBy().contains(prior.family());
        if (prior.family().equals(rule.family()) && prior.purpose().orElse(null) == rule.purpose()) {
          dates.add(prior.dateOfService());
        }
      }
      if (!waived && dates.size() < rule.count()) {
        draft(rule.rule() + region, rule.rule(), rule.message() + " (" + region.words() + " region: "
            + dates.size() + " in the history)" + denialWords(), rule).codes.add(billable.code());
        deny(billable);
      }
    }
  }

  private void attestations() {
    for (Billable billable : billables) {
      if (billable.expectedDenial || billable.service.purpose().isEmpty()) {
        continue;
      }
      for (PurposeModifier rule : billable.service.code().purposeModifiers()) {
        if (rule.appliesTo(payer, date) && rule.purpose() == billable.service.purpose().get()) {
          billable.attestation = rule.modifier();
        }
      }
    }
  }

  private void priorAuthorization() {
    if (encounter.priorAuthorizationNumber().filter(number -> !number.isBlank()).isPresent()) {
      return;
    }
    for (Billable billable : billables) {
      for (PriorAuthorization rule : billable.service.code().priorAuthorizations()) {
        if (rule.appliesTo(payer, date) && rule.settings().contains(encounter.setting())) {
          draft(RuleIds.PRIOR_AUTHORIZATION_REQUIRED, RuleIds.PRIOR_AUTHORIZATION_REQUIRED,
              payerWords() + " requires prior authorization for these codes in the "
                  + encounter.setting().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                  + " setting as a condition of payment; no priorAuthorizationNumber was given",
              rule).codes.add(billable.code());
        }
      }
    }
  }

  private <P extends PayerPolicy> P first(List<P> policies) {
    for (P policy : policies) {
      if (policy.appliesTo(payer, date)) {
        return policy;
      }
    }
    return null;
  }

  private void deny(Billable billable) {
    if (marksDenials) {
      billable.expectedDenial = true;
      billable.attestation = null;
    }
  }

  private Draft draft(String key, String rule, String message, PayerPolicy source) {
    return drafts.computeIfAbsent(key, k -> new Draft(rule, message, source.authority()));
  }

  private String payerWords() {
    return payer == Payer.MEDICARE ? "Medicare" : "The payer";
  }

  private String denialWords() {
    return denialWords(false);
  }

  private String denialWords(boolean plural) {
    if (!marksDenials) {
      return "";
    }
    String modifier = encounter.abnOnFile() ? Modifier.GA.code() + " (ABN on file)" : Modifier.GZ.code() + " (no ABN on file)";
    return plural ? " are marked " + modifier : "; marked " + modifier;
  }

  private static String familyWords(CodeDefinition code) {
    return code.family().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String joined(Set<SpinalLevel> levels) {
    List<String> labels = new ArrayList<>();
    for (SpinalLevel level : levels) {
      labels.add(level.label());
    }
    return String.join(", ", labels);
  }

  /** A finding being gathered: one per rule and scope, listing every code it touches. */
  private static final class Draft {
    final String rule;
    final String message;
    final String source;
    final Set<String> codes = new LinkedHashSet<>();

    Draft(String rule, String message, String source) {
      this.rule = Objects.requireNonNull(rule);
      this.message = message;
      this.source = source;
    }
  }
}
