package org.spinecode.plugin;

import java.util.List;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/** Who a plugin is: a stable id, a version, a one-line summary and the families it claims. */
@Value.Immutable
public abstract class PluginDescriptor {

  /** Lower-case id, unique among installed plugins, such as {@code facet}. */
  public abstract String id();

  public abstract String version();

  /** One plain sentence for listings. */
  public abstract String summary();

  public abstract List<FamilyClaim> claims();

  @Value.Check
  protected void check() {
    if (!id().matches("[a-z][a-z0-9-]{0,39}")) {
      throw new InvalidInputException("id", "plugin id '" + id() + "' must be lower-case letters, digits and -");
    }
    if (claims().isEmpty()) {
      throw new InvalidInputException("claims", "plugin " + id() + " claims no family");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PluginDescriptor}. */
  public static final class Builder extends ImmutablePluginDescriptor.Builder {}
}
