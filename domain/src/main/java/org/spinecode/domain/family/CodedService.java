package org.spinecode.domain.family;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.spine.Region;
import org.spinecode.domain.spine.Side;
import org.spinecode.domain.spine.SpinalLevel;

/**
 * One unit of one code on one side, covering one or more levels: what a family coder returns.
 * The engine turns services into claim lines for the bilateral style in force.
 */
@Value.Immutable
public abstract class CodedService {

  @Value.Parameter
  public abstract CodeDefinition code();

  @Value.Parameter
  public abstract Side side();

  /** The levels this unit covers, head to tail. */
  @Value.Parameter
  public abstract List<SpinalLevel> levels();

  @Value.Parameter
  public abstract Optional<Purpose> purpose();

  /**
   * The region payer limits count this unit in. Usually the code's region; Medicare counts a
   * T12-L1 facet billed with 64490 beside L1-L2 as lumbar (CGS A58364).
   */
  @Value.Default
  @Value.Parameter
  public Region region() {
    return code().region();
  }

  /** The input order of the first target behind it, for "first region in input order". */
  @Value.Parameter
  public abstract int order();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCodedService.Builder {}
}
