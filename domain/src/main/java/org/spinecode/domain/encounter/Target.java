package org.spinecode.domain.encounter;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.spine.FacetJoints;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.MedialBranch;
import org.spinecode.domain.spine.SpinalLevel;

/** Where one injection went: a level, or for facet work the nerves blocked; and the side. */
@Value.Immutable
public abstract class Target {

  public abstract Optional<SpinalLevel> level();

  /** Medial branches by name; the joints they complete are the levels counted. */
  public abstract List<MedialBranch> nerves();

  /** Required by families with laterality; ignored by the interlaminar family. */
  public abstract Optional<Laterality> side();

  /** The levels this target counts at: its level, or the facet joints its nerves complete. */
  @Value.Derived
  public List<SpinalLevel> sites() {
    if (level().isPresent()) {
      return List.of(level().get());
    }
    if (nerves().isEmpty()) {
      // Derived values are computed before the check, which names the missing level.
      return List.of();
    }
    try {
      return FacetJoints.fromNerves(nerves());
    } catch (InvalidInputException e) {
      throw e.within("nerves");
    }
  }

  @Value.Check
  protected void check() {
    if (level().isPresent() && !nerves().isEmpty()) {
      throw new InvalidInputException("nerves", "give either a level or nerves, not both");
    }
    if (level().isEmpty() && nerves().isEmpty()) {
      throw new InvalidInputException("level", "a target needs a level (such as L4-L5) or, for facet work, nerves");
    }
  }

  public static Target at(SpinalLevel level, Laterality side) {
    return builder().level(level).side(side).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableTarget.Builder {}
}
