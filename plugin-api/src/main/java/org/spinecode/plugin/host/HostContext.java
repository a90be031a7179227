package org.spinecode.plugin.host;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.policy.PayerPolicy;
import org.spinecode.domain.policy.PolicyKind;
import org.spinecode.plugin.FamilyContext;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.data.DataLoadException;
import org.spinecode.plugin.data.PolicyTable;

/** The context the host hands one family: its resolved definitions and the policy rows in force. */
final class HostContext implements FamilyContext {
  private final String pluginId;
  private final ReferenceData data;
  private final List<PolicyTable> ownPolicies;
  private final Map<String, CodeDefinition> codes = new LinkedHashMap<>();

  HostContext(String pluginId, ReferenceData data, List<PolicyTable> ownPolicies, List<CodeDefinition> definitions) {
    this.pluginId = pluginId;
    this.data = data;
    this.ownPolicies = List.copyOf(ownPolicies);
    definitions.forEach(definition -> codes.put(definition.code(), definition));
  }

  @Override
  public int spiVersion() {
    return FamilyPlugin.SPI_VERSION;
  }

  @Override
  public String dataVersion() {
    return data.dataVersion();
  }

  @Override
  public CodeDefinition code(String code) {
    CodeDefinition definition = codes.get(code);
    if (definition == null) {
      throw new DataLoadException("plugin " + pluginId, "asks for code " + code + ", which its code table does not list");
    }
    return definition;
  }

  @Override
  public List<CodeDefinition> codes() {
    return List.copyOf(codes.values());
  }

  @Override
  public <T extends PayerPolicy> Optional<T> policy(String id, PolicyKind<T> kind) {
    Optional<T> found = data.policies().find(id, kind);
    for (int i = 0; found.isEmpty() && i < ownPolicies.size(); i++) {
      found = ownPolicies.get(i).find(id, kind);
    }
    return found;
  }

  /** The policy row in force with this id, of any kind: the product's table first, then the family's own. */
  Optional<PayerPolicy> policy(String id) {
    Optional<PayerPolicy> found = data.policies().find(id);
    for (int i = 0; found.isEmpty() && i < ownPolicies.size(); i++) {
      found = ownPolicies.get(i).find(id);
    }
    return found;
  }

  @Override
  @Deprecated
  public PolicyTable policies() {
    return data.policies();
  }
}
