package org.spinecode.domain.family;

import java.util.List;
import org.immutables.value.Value;
import org.spinecode.domain.claim.Finding;

/** What a family coder returns for a session: coded services and the family's own findings. */
@Value.Immutable
public abstract class FamilyCoding {

  @Value.Parameter
  public abstract List<CodedService> services();

  @Value.Parameter
  public abstract List<Finding> findings();

  public static FamilyCoding of(List<CodedService> services, List<Finding> findings) {
    return ImmutableFamilyCoding.of(services, findings);
  }

  /** A session that could not be coded: one ERROR finding, no services. */
  public static FamilyCoding refused(Finding error) {
    return builder().addFindings(error).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableFamilyCoding.Builder {}
}
