package org.spinecode.plugin;

import java.util.ArrayList;
import java.util.List;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.family.CodedService;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.domain.family.FamilyCoding;
import org.spinecode.domain.family.Session;

/**
 * A family coder whose services carry the catalogue's definitions. Only wrapped round a coder when
 * an updated policy table changed a row: the family hands back its own definitions with the
 * bundled policies, and the engine applies the policies a service's definition carries.
 */
final class CataloguePolicies implements FamilyCoder {
  private final FamilyCoder coder;
  private final CodeCatalogue catalogue;

  CataloguePolicies(FamilyCoder coder, CodeCatalogue catalogue) {
    this.coder = coder;
    this.catalogue = catalogue;
  }

  @Override
  public FamilyCoding code(Session session) {
    FamilyCoding coding = coder.code(session);
    List<CodedService> services = new ArrayList<>(coding.services().size());
    for (CodedService s : coding.services()) {
      CodeDefinition definition = catalogue.find(s.code().code()).orElse(s.code());
      services.add(definition.equals(s.code()) ? s : CodedService.builder().code(definition).side(s.side())
          .addAllLevels(s.levels()).purpose(s.purpose()).region(s.region()).order(s.order()).build());
    }
    return FamilyCoding.of(services, coding.findings());
  }
}
