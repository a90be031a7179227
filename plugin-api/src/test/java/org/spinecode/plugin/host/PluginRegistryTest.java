package org.spinecode.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinecode.domain.edit.EditTables;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.Quantity;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.domain.family.FamilyCoding;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.spine.Region;
import org.spinecode.plugin.FamilyClaim;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.PluginDescriptor;

class PluginRegistryTest {

  @Test
  void plugins_are_sorted_by_id_whatever_order_they_were_found_in() {
    PluginRegistry registry = PluginRegistry.ofPlugins(List.of(
        new Fake("zeta", "ZETA", Set.of(Guidance.CT), "Z0001", Set.of()),
        new Fake("alpha", "ALPHA", Set.of(Guidance.CT), "A0001", Set.of())));

    assertThat(registry.plugins()).extracting(p -> p.descriptor().id()).containsExactly("alpha", "zeta");
    assertThat(registry.codes()).containsExactly("A0001", "Z0001");
  }

  @Test
  void every_conflict_is_reported_at_once_naming_both_classes() {
    assertThatThrownBy(() -> PluginRegistry.ofPlugins(List.of(
        new Fake("same", "ONE", Set.of(Guidance.CT, Guidance.NONE), "X0001", Set.of("COMMON")),
        new Fake("same", "ONE", Set.of(Guidance.CT), "X0001", Set.of("COMMON")))))
        .isInstanceOf(PluginLoadException.class)
        .satisfies(e -> assertThat(((PluginLoadException) e).problems())
            .anyMatch(p -> p.startsWith("plugin id 'same' is used by both"))
            .anyMatch(p -> p.startsWith("ONE with CT is claimed by both"))
            .anyMatch(p -> p.startsWith("code X0001 is declared by both"))
            .anyMatch(p -> p.startsWith("family alias COMMON is declared by both"))
            .allMatch(p -> p.contains(Fake.class.getName())));
  }

  @Test
  void an_alias_may_not_hide_another_family() {
    assertThatThrownBy(() -> PluginRegistry.ofPlugins(List.of(
        new Fake("one", "ONE", Set.of(Guidance.CT), "X0001", Set.of()),
        new Fake("two", "TWO", Set.of(Guidance.CT), "X0002", Set.of("ONE")))))
        .hasMessageContaining("family alias ONE is also a family name");
  }

  @Test
  void the_same_family_may_be_split_between_plugins_by_guidance() {
    PluginRegistry registry = PluginRegistry.ofPlugins(List.of(
        new Fake("fluoro", "SHARED", Set.of(Guidance.FLUOROSCOPY), "S0001", Set.of()),
        new Fake("sono", "SHARED", Set.of(Guidance.ULTRASOUND), "S0002", Set.of())));

    assertThat(registry.families()).containsExactly(ProcedureFamily.of("SHARED"));
  }

  @Test
  void official_cms_files_keep_the_rows_of_a_drop_in_family_s_own_codes(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("MCR_MUE_PractitionerServices_Eff_01-01-2026.csv"), String.join("\n",
        "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale",
        "64483,2,2 Date of Service Edit: Policy,CMS Policy",
        "N0001,1,2 Date of Service Edit: Policy,CMS Policy",
        "N0002,1,2 Date of Service Edit: Policy,CMS Policy", ""));
    PluginRegistry registry = PluginRegistry.ofPlugins(List.of(
        new Fake("newcomer", "NEWCOMER", Set.of(Guidance.CT), "N0001", Set.of())));
    LocalDate date = LocalDate.of(2026, 2, 1);

    EditTables kept = Installation.builder().plugins(registry).dataDir(folder).build().editTables();
    EditTables plain = ReferenceData.load(folder).editTables();

    assertThat(kept.mue(EditTable.PRACTITIONER, "N0001", date)).isPresent();
    assertThat(kept.mue(EditTable.PRACTITIONER, "64483", date)).isPresent();
    assertThat(kept.mue(EditTable.PRACTITIONER, "N0002", date)).isEmpty();
    assertThat(plain.mue(EditTable.PRACTITIONER, "N0001", date)).isEmpty();
  }

  /** A minimal plugin for registry checks, written against SPI 2 (it builds its own definitions). */
  @SuppressWarnings("deprecation")
  static final class Fake implements FamilyPlugin {
    private final String id;
    private final String family;
    private final Set<Guidance> guidance;
    private final String code;
    private final Set<String> aliases;

    Fake(String id, String family, Set<Guidance> guidance, String code, Set<String> aliases) {
      this.id = id;
      this.family = family;
      this.guidance = guidance;
      this.code = code;
      this.aliases = aliases;
    }

    @Override
    public PluginDescriptor descriptor() {
      return PluginDescriptor.builder().id(id).version("1").summary("fake")
          .addClaims(FamilyClaim.builder().family(ProcedureFamily.of(family)).addAllGuidance(guidance)
              .addAllAliases(aliases.stream().map(ProcedureFamily::of).toList()).build())
          .build();
    }

    @Override
    public List<CodeDefinition> catalogue() {
      return List.of(CodeDefinition.builder().code(code).label("a fake code").family(ProcedureFamily.of(family))
          .region(Region.LUMBAR_SACRAL).quantity(Quantity.PER_LEVEL).lateral(true).authority("test").build());
    }

    @Override
    public FamilyCoder createCoder() {
      return session -> FamilyCoding.of(List.of(), List.of());
    }
  }
}
