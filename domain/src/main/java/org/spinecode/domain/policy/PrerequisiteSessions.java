package org.spinecode.domain.policy;

import java.util.Set;
import org.immutables.value.Value;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Purpose;

/**
 * The payer covers the code only after earlier sessions in the same region: at least
 * {@link #count()} sessions (distinct dates) of {@link #family()} for {@link #purpose()}, unless
 * {@link #waivedBy()} shows an earlier session of a family that already met it (a repeat
 * ablation). Otherwise a WARNING with {@link #rule()} and, for Medicare, an expected denial.
 */
@Value.Immutable
public abstract class PrerequisiteSessions implements PayerPolicy {

  public static final PolicyKind<PrerequisiteSessions> KIND = PolicyKind.perCode("PREREQUISITE_SESSIONS", PrerequisiteSessions.class,
      row -> builder().payer(row.payer()).window(row.window()).scope(row.scope()).authority(row.authority())
          .rule(row.required("rule")).message(row.required("message"))
          .family(ProcedureFamily.of(row.required("families"))).purpose(row.oneOf("purpose", Purpose.class))
          .count(row.number("count", 1))
          .addAllWaivedBy(row.list("waived_by").stream().map(ProcedureFamily::of).toList()).build());

  public abstract String rule();

  public abstract String message();

  public abstract ProcedureFamily family();

  public abstract Purpose purpose();

  public abstract int count();

  public abstract Set<ProcedureFamily> waivedBy();

  @Override
  @Value.Default
  public PolicyScope scope() {
    return PolicyScope.everywhere();
  }

  @Override
  public String kind() {
    return KIND.name();
  }

  @Override
  public String findingRule() {
    return rule();
  }

  @Override
  public String summary() {
    return message();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutablePrerequisiteSessions.Builder {}
}
