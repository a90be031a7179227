package org.spinecode.plugin.host;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.family.CodedService;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.domain.family.FamilyCoding;
import org.spinecode.domain.policy.PayerPolicy;
import org.spinecode.plugin.data.DataLoadException;
import org.spinecode.plugin.data.PolicyTable;

/**
 * The compatibility path for a family written against SPI 2, which builds its code definitions
 * itself with the bundled policy rows and freezes them into its coder. The host resolves those
 * definitions as it resolves an SPI-3 family's rows (the product's dates where the family gives
 * none; each bundled policy row replaced by the row with the same id in force), and hands the
 * coder's services the resolved definitions, so the engine sees one definition per code.
 */
final class Spi2Family {

  private Spi2Family() {}

  /** The family's own definitions, resolved against the data in force. */
  static List<CodeDefinition> resolve(List<CodeDefinition> declared, ReferenceData data, HostContext context) {
    Map<PayerPolicy, String> bundledIds = new HashMap<>();
    PolicyTable bundled = PolicyTable.bundled();
    for (String id : bundled.ids()) {
      bundled.find(id).ifPresent(policy -> bundledIds.putIfAbsent(policy, id));
    }
    List<CodeDefinition> resolved = new ArrayList<>(declared.size());
    for (CodeDefinition d : declared) {
      Optional<DatedCode> dates = d.dates().isAlways() ? data.codeDate(d.code()) : Optional.empty();
      CodeDefinition.Builder copy = CodeDefinition.builder()
          .code(d.code()).label(d.label()).family(d.family()).region(d.region()).addAllGuidance(d.guidance())
          .addAllAddOnTo(d.addOnTo()).quantity(d.quantity()).lateral(d.lateral())
          .addAllImagingIncluded(d.imagingIncluded()).authority(d.authority())
          .dates(dates.map(DatedCode::dates).orElse(d.dates()))
          .whenNotInEffect(dates.isPresent() ? dates.get().whenNotInEffect() : d.whenNotInEffect())
          .datesAuthority(dates.isPresent() ? Optional.of(dates.get().authority()) : d.datesAuthority());
      for (PayerPolicy policy : d.policies()) {
        String id = bundledIds.get(policy);
        copy.addPolicies(id == null ? policy : context.policy(id).orElseThrow(() -> new DataLoadException(
            "code " + d.code(), "policy " + id + " is in no policy table in force")));
      }
      resolved.add(copy.build());
    }
    return resolved;
  }

  /** The family's coder, its services carrying the catalogue's resolved definitions. */
  static FamilyCoder coder(FamilyCoder coder, CodeCatalogue catalogue) {
    return session -> {
      FamilyCoding coding = coder.code(session);
      if (coding == null) {
        return null;
      }
      List<CodedService> services = new ArrayList<>(coding.services().size());
      for (CodedService s : coding.services()) {
        CodeDefinition definition = catalogue.find(s.code().code()).orElse(s.code());
        services.add(definition == s.code() ? s : CodedService.builder().code(definition).side(s.side())
            .addAllLevels(s.levels()).purpose(s.purpose()).region(s.region()).order(s.order()).build());
      }
      return FamilyCoding.of(services, coding.findings());
    };
  }
}
