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
import java.util.function.Supplier;
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
  /** Excess units come off the last add-on first, then the last levels first. */
  private static final Comparator<Billable> LAST_ADD_ON_FIRST = Comparator
      .comparingInt((Billable b) -> b.rank).reversed()
      .thenComparing(PayerPolicies::lastLevel, Comparator.reverseOrder())
      .thenComparing(b -> b.service.side());
  private static final String GA_WORDS = Modifier.GA.code() + " (ABN on file)";
  private static final String GZ_WORDS = Modifier.GZ.code() + " (no ABN on file)";

  private final Encounter encounter;
  private final List<PriorSession> history;
  private final List<Billable> billables;
  private final Payer payer;
  private final LocalDate date;
  private final boolean marksDenials;
  private final Map<String, Draft> drafts = new LinkedHashMap<>();
  private int windowMonths = -1;
  private LocalDate windowStart;

  private PayerPolicies(Encounter encounter, List<PriorSession> history, List<Billable> billables) {
    this.encounter = encounter;
    this.history = history;
    this.billables = billables;
    this.payer = encounter.payer();
    this.date = encounter.dateOfService();
    this.marksDenials = payer == Payer.MEDICARE;
  }

  /** Marks the billables and returns the WARNING findings, in a fixed order. */
  static List<Finding> apply(Encounter encounter, List<PriorSession> history, List<Billable> billables) {
    PayerPolicies policies = new PayerPolicies(encounter, history, billables);
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
      List<CoverageRule> rules = billable.service.code().coverage();
      for (int i = 0; i < rules.size(); i++) {
        CoverageRule rule = rules.get(i);
        if (rule.appliesTo(payer, date)) {
          draft(rule.rule(), rule.rule(), () -> rule.message() + denialWords(), rule).codes.add(billable.code());
          deny(billable);
        }
      }
    }
  }

  private void levelLimits() {
    List<LevelGroup> groups = new ArrayList<>(2);
    for (Billable billable : billables) {
      LevelLimit own = levelLimit(billable.service.code());
      if (own != null) {
        LevelGroup group = LevelGroup.of(groups, billable.session, billable.service.region());
        group.units.add(billable);
        if (group.limit == null || own.maxLevels() < group.limit.maxLevels()) {
          group.limit = own;
        }
      }
    }
    for (LevelGroup levelGroup : groups) {
      List<Billable> group = levelGroup.units;
      LevelLimit limit = levelGroup.limit;
      Set<SpinalLevel> done = levelsOf(group, null);
      if (done.size() <= limit.maxLevels()) {
        continue;
      }
      List<Billable> excess = excessAddOns(group, limit.maxLevels());
      Set<String> codes = new LinkedHashSet<>();
      for (Billable billable : group) {
        if (excess.isEmpty() || excess.contains(billable)) {
          codes.add(billable.code());
        }
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
          RuleIds.LEVEL_LIMIT_EXCEEDED, () -> message, limit);
      draft.codes.addAll(codes);
    }
  }

  /**
   * The add-on units to take off, last add-on first and the last levels first, until the levels
   * left are within the limit. Primary units are never taken. A list in the order taken: the
   * units are few, and it spares their identity hashes.
   */
  private List<Billable> excessAddOns(List<Billable> group, int maxLevels) {
    List<Billable> candidates = new ArrayList<>();
    for (Billable billable : group) {
      if (billable.service.code().isAddOn()) {
        candidates.add(billable);
      }
    }
    candidates.sort(LAST_ADD_ON_FIRST);
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
        addAll(levels, billable.service.levels());
      }
    }
    return levels;
  }

  private void regionLimits() {
    Map<String, RegionGroup> groups = new LinkedHashMap<>();
    for (Billable billable : billables) {
      RegionLimit limit = regionLimit(billable.service.code());
      if (limit != null) {
        groups.computeIfAbsent(limit.group(), k -> new RegionGroup(limit)).units.add(billable);
      }
    }
    for (Map.Entry<String, RegionGroup> group : groups.entrySet()) {
      List<Billable> units = group.getValue().units;
      Region firstRegion = null;
      int firstOrder = Integer.MAX_VALUE;
      for (Billable billable : units) {
        if (billable.service.order() < firstOrder) {
          firstOrder = billable.service.order();
          firstRegion = billable.service.region();
        }
      }
      Draft draft = null;
      for (Billable billable : units) {
        if (billable.service.region() != firstRegion) {
          if (draft == null) {
            String limitGroup = group.getKey();
            Region first = firstRegion;
            draft = draft(RuleIds.REGION_LIMIT_EXCEEDED + limitGroup, RuleIds.REGION_LIMIT_EXCEEDED,
                () -> payerWords() + " covers " + limitGroup.toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " injections in one region per session; the first region done was "
                    + first.words() + ", so the other region's lines" + denialWords(true),
                group.getValue().limit);
          }
          draft.codes.add(billable.code());
          deny(billable);
        }
      }
    }
  }

  private void frequencyLimits() {
    for (Billable billable : billables) {
      FrequencyLimit limit = frequencyLimit(billable.service.code());
      if (limit == null) {
        continue;
      }
      Purpose purpose = limit.perPurpose() ? billable.service.purpose().orElse(null) : null;
      Region region = billable.service.region();
      LocalDate from = windowStart(limit.months());
      Set<LocalDate> dates = history.isEmpty() ? Set.of() : new HashSet<>();
      for (PriorSession prior : history) {
        if (limit.families().contains(prior.family()) && prior.region() == region
            && (purpose == null || prior.purpose().orElse(null) == purpose)
            && !prior.dateOfService().isBefore(from)) {
          dates.add(prior.dateOfService());
        }
      }
      int sessions = dates.size();
      if (sessions >= limit.maxSessions()) {
        String bucket = limit.group().toLowerCase(Locale.ROOT).replace('_', ' ')
            + (purpose == null ? "" : " " + purpose.name().toLowerCase(Locale.ROOT));
        draft(RuleIds.FREQUENCY_LIMIT_EXCEEDED + bucket + region, RuleIds.FREQUENCY_LIMIT_EXCEEDED,
            () -> payerWords() + " covers at most " + limit.maxSessions() + " " + bucket + " sessions per "
                + region.words() + " region in " + limit.months() + " months; the history shows "
                + sessions + " from " + from + " to " + date.minusDays(1) + ", so this session is over the limit"
                + denialWords(false),
            limit).codes.add(billable.code());
        deny(billable);
      }
    }
  }

  /** The first day counted by a rolling window of {@code months}; every limit here uses one window. */
  private LocalDate windowStart(int months) {
    if (months != windowMonths) {
      windowStart = date.minusMonths(months);
      windowMonths = months;
    }
    return windowStart;
  }

  private void prerequisites() {
    for (Billable billable : billables) {
      PrerequisiteSessions rule = prerequisite(billable.service.code());
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
      int sessions = dates.size();
      if (!waived && sessions < rule.count()) {
        draft(rule.rule() + region, rule.rule(), () -> rule.message() + " (" + region.words() + " region: "
            + sessions + " in the history)" + denialWords(), rule).codes.add(billable.code());
        deny(billable);
      }
    }
  }

  private void attestations() {
    for (Billable billable : billables) {
      Purpose purpose = billable.service.purpose().orElse(null);
      if (billable.expectedDenial || purpose == null) {
        continue;
      }
      List<PurposeModifier> rules = billable.service.code().purposeModifiers();
      for (int i = 0; i < rules.size(); i++) {
        PurposeModifier rule = rules.get(i);
        if (rule.appliesTo(payer, date) && rule.purpose() == purpose) {
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
      List<PriorAuthorization> rules = billable.service.code().priorAuthorizations();
      for (int i = 0; i < rules.size(); i++) {
        PriorAuthorization rule = rules.get(i);
        if (rule.appliesTo(payer, date) && rule.settings().contains(encounter.setting())) {
          draft(RuleIds.PRIOR_AUTHORIZATION_REQUIRED, RuleIds.PRIOR_AUTHORIZATION_REQUIRED,
              () -> payerWords() + " requires prior authorization for these codes in the "
                  + encounter.setting().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                  + " setting as a condition of payment; no priorAuthorizationNumber was given",
              rule).codes.add(billable.code());
        }
      }
    }
  }

  /*
   * The first policy of each kind in force for the payer and date. One method per kind rather than
   * one generic method: each loop then sees a single policy class, so the JIT can inline
   * appliesTo() instead of dispatching on every policy class at one call site (measured).
   * Loops over the code's policy lists here and above are indexed: these lists come in several
   * classes (empty, singleton, wrapped), and their iterators escaped from these hot loops.
   */

  private LevelLimit levelLimit(CodeDefinition code) {
    List<LevelLimit> policies = code.levelLimits();
    for (int i = 0; i < policies.size(); i++) {
      LevelLimit policy = policies.get(i);
      if (policy.appliesTo(payer, date)) {
        return policy;
      }
    }
    return null;
  }

  private RegionLimit regionLimit(CodeDefinition code) {
    List<RegionLimit> policies = code.regionLimits();
    for (int i = 0; i < policies.size(); i++) {
      RegionLimit policy = policies.get(i);
      if (policy.appliesTo(payer, date)) {
        return policy;
      }
    }
    return null;
  }

  private FrequencyLimit frequencyLimit(CodeDefinition code) {
    List<FrequencyLimit> policies = code.frequencyLimits();
    for (int i = 0; i < policies.size(); i++) {
      FrequencyLimit policy = policies.get(i);
      if (policy.appliesTo(payer, date)) {
        return policy;
      }
    }
    return null;
  }

  private PrerequisiteSessions prerequisite(CodeDefinition code) {
    List<PrerequisiteSessions> policies = code.prerequisites();
    for (int i = 0; i < policies.size(); i++) {
      PrerequisiteSessions policy = policies.get(i);
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

  /** The finding for {@code key}; its message is built only when the finding is new. */
  private Draft draft(String key, String rule, Supplier<String> message, PayerPolicy source) {
    Draft draft = drafts.get(key);
    if (draft == null) {
      draft = new Draft(rule, message.get(), source.authority());
      drafts.put(key, draft);
    }
    return draft;
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
    String modifier = encounter.abnOnFile() ? GA_WORDS : GZ_WORDS;
    return plural ? " are marked " + modifier : "; marked " + modifier;
  }

  private static String familyWords(CodeDefinition code) {
    return code.family().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Set.addAll without an iterator: RegularEnumSet.addAll's one iterator call site sees every list class. */
  static void addAll(Set<SpinalLevel> levels, List<SpinalLevel> more) {
    for (int i = 0; i < more.size(); i++) {
      levels.add(more.get(i));
    }
  }

  private static String joined(Set<SpinalLevel> levels) {
    List<String> labels = new ArrayList<>();
    for (SpinalLevel level : levels) {
      labels.add(level.label());
    }
    return String.join(", ", labels);
  }

  /** The billables of one session and code region that carry a level limit, and the strictest. */
  private static final class LevelGroup {
    final int session;
    final Region region;
    final List<Billable> units = new ArrayList<>();
    LevelLimit limit;

    private LevelGroup(int session, Region region) {
      this.session = session;
      this.region = region;
    }

    /** The group for this session and region, added in first-seen order; a claim has few. */
    static LevelGroup of(List<LevelGroup> groups, int session, Region region) {
      for (LevelGroup group : groups) {
        if (group.session == session && group.region == region) {
          return group;
        }
      }
      LevelGroup group = new LevelGroup(session, region);
      groups.add(group);
      return group;
    }
  }

  /** The billables whose codes share a region limit group, and the first limit seen for it. */
  private static final class RegionGroup {
    final RegionLimit limit;
    final List<Billable> units = new ArrayList<>();

    RegionGroup(RegionLimit limit) {
      this.limit = limit;
    }
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
