package org.spinecode.plugin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.policy.PayerPolicy;
import org.spinecode.domain.family.CodedService;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.domain.family.FamilyCoding;
import org.spinecode.domain.family.Session;
import org.spinecode.domain.family.SessionProcedure;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.Target;
import org.spinecode.plugin.FamilyClaim;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.PluginDescriptor;
import org.spinecode.plugin.host.Installation;
import org.spinecode.plugin.host.PluginRegistry;

/**
 * The contract every procedure-family plugin passes. Extend it in the plugin's tests, return the
 * plugin and a few sessions it codes (at least one per claimed family), and the checks below run:
 * registration, encapsulation, catalogue hygiene, and coding invariants (determinism, add-ons
 * with their primaries, independence from target order). The plugin is installed alone through the
 * host, with the bundled reference data, so its codes are checked as the product resolves them and
 * its coder is the one the product creates (SPI 3, or SPI 2 through the compatibility path).
 */
public abstract class FamilyPluginContract {
  /** Who the authority names: CPT or the AMA, CMS and its manuals or NCCI, an LCD or billing article, a payer policy. */
  private static final java.util.regex.Pattern AUTHORITY =
      java.util.regex.Pattern.compile(".*(CPT|AMA|CMS|NCCI|\\bL\\d{5}\\b|\\bA\\d{5}\\b|CFR|[Pp]olic(y|ies)|LCD).*");

  /** Phrases from CPT descriptors; our labels are our own words. */
  private static final List<String> DESCRIPTOR_PHRASES = List.of(
      "injection(s)", "list separately in addition", "zygapophyseal", "anesthetic agent",
      "diagnostic or therapeutic agent", "not including neurolytic", "destruction by neurolytic");

  /** The plugin under test, as ServiceLoader would create it. */
  protected abstract FamilyPlugin plugin();

  /** Sessions the plugin codes without error, covering every claimed family. */
  protected abstract List<Session> samples();

  @Test
  void descriptor_names_an_id_a_version_and_what_it_claims() {
    PluginDescriptor descriptor = plugin().descriptor();
    assertThat(descriptor.id()).matches("[a-z][a-z0-9-]*");
    assertThat(descriptor.version()).isNotBlank();
    assertThat(descriptor.summary()).isNotBlank();
    assertThat(descriptor.claims()).allSatisfy(claim -> assertThat(claim.guidance()).isNotEmpty());
  }

  @Test
  void is_registered_for_the_service_loader() throws IOException {
    String service = "META-INF/services/" + FamilyPlugin.class.getName();
    List<String> registered = new ArrayList<>();
    for (URL url : Collections.list(plugin().getClass().getClassLoader().getResources(service))) {
      try (InputStream in = url.openStream()) {
        registered.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).toList());
      }
    }
    assertThat(registered).contains(plugin().getClass().getName());
  }

  @Test
  void only_the_plugin_class_is_public() throws Exception {
    Class<?> pluginClass = plugin().getClass();
    assertThat(Modifier.isPublic(pluginClass.getModifiers())).isTrue();
    List<String> publicTypes = new ArrayList<>();
    for (String name : classesInPackageOf(pluginClass)) {
      Class<?> type = Class.forName(name, false, pluginClass.getClassLoader());
      if (type != pluginClass && Modifier.isPublic(type.getModifiers()) && type.getEnclosingClass() == null) {
        publicTypes.add(name);
      }
    }
    assertThat(publicTypes).as("public types besides the plugin class").isEmpty();
  }

  @Test
  void every_code_has_its_own_label_and_cites_an_authority() {
    assertThat(catalogue()).isNotEmpty().allSatisfy(code -> {
      assertThat(code.label()).isNotBlank().isNotEqualTo(code.code()).hasSizeLessThanOrEqualTo(100);
      String label = code.label().toLowerCase(Locale.ROOT);
      assertThat(DESCRIPTOR_PHRASES).noneMatch(label::contains);
      assertThat(code.authority()).as(code + " authority").matches(AUTHORITY);
    });
  }

  @Test
  void every_policy_starts_on_a_date_and_cites_its_authority() {
    for (CodeDefinition code : catalogue()) {
      List<PayerPolicy> policies = code.policies();
      assertThat(policies).allSatisfy(policy -> {
        assertThat(policy.authority()).as(code + " policy authority").matches(AUTHORITY);
        assertThat(policy.window().from()).as(code + " policy effective date").isPresent();
      });
    }
  }

  @Test
  void codes_are_unique_and_add_ons_name_primaries_in_the_catalogue() {
    Set<String> codes = new HashSet<>();
    for (CodeDefinition code : catalogue()) {
      assertThat(codes.add(code.code())).as("declared once: " + code).isTrue();
    }
    for (CodeDefinition code : catalogue()) {
      assertThat(codes).as(code + " add-on parents").containsAll(code.addOnTo());
      assertThat(code.addOnTo()).doesNotContain(code.code());
    }
  }

  @Test
  void catalogue_codes_belong_to_claimed_families() {
    Set<Object> families = new HashSet<>();
    for (FamilyClaim claim : plugin().descriptor().claims()) {
      families.add(claim.family());
    }
    assertThat(catalogue()).allSatisfy(code -> assertThat(families).contains(code.family()));
  }

  @Test
  void samples_cover_every_claimed_family() {
    Set<Object> sampled = new HashSet<>();
    for (Session session : samples()) {
      sampled.add(session.family());
    }
    for (FamilyClaim claim : plugin().descriptor().claims()) {
      assertThat(sampled).as("a sample for " + claim.family()).contains(claim.family());
    }
  }

  @Test
  void codes_samples_deterministically_with_catalogue_codes_only() {
    FamilyCoder coder = coder();
    Set<String> catalogue = new HashSet<>();
    catalogue().forEach(code -> catalogue.add(code.code()));
    for (Session session : samples()) {
      FamilyCoding first = coder.code(session);
      assertThat(coder.code(session)).as("same session, same coding").isEqualTo(first);
      assertThat(first.services()).allSatisfy(service -> {
        assertThat(catalogue).contains(service.code().code());
        assertThat(service.levels()).isNotEmpty();
      });
    }
  }

  @Test
  void coded_add_ons_come_with_a_primary_at_a_level_above_them() {
    // Levels count once across both sides (CONTRACT.md v2): the primary may be on the other side.
    FamilyCoder coder = coder();
    for (Session session : samples()) {
      List<CodedService> services = coder.code(session).services();
      for (CodedService addOn : services) {
        if (addOn.code().isAddOn()) {
          assertThat(services).as(addOn.code() + " at " + addOn.levels() + " needs its primary above it")
              .anyMatch(other -> addOn.code().addOnTo().contains(other.code().code())
                  && other.levels().get(0).compareTo(addOn.levels().get(0)) < 0);
        }
      }
    }
  }

  @Test
  void a_level_is_coded_once_on_each_side() {
    FamilyCoder coder = coder();
    for (Session session : samples()) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (CodedService service : coder.code(session).services()) {
        for (var level : service.levels()) {
          assertThat(seen.add(service.side() + " " + level)).as(level + " on " + service.side() + " coded twice").isTrue();
        }
      }
    }
  }

  @Test
  void target_order_does_not_change_the_coding() {
    FamilyCoder coder = coder();
    for (Session session : samples()) {
      Session reversed = Session.builder()
          .dateOfService(session.dateOfService()).payer(session.payer()).setting(session.setting())
          .family(session.family()).guidance(session.guidance())
          .addAllProcedures(session.procedures().stream().map(FamilyPluginContract::reversed).toList())
          .build();
      assertThat(shape(coder.code(reversed).services())).isEqualTo(shape(coder.code(session).services()));
    }
  }

  /** The plugin installed alone, as the product installs it, with the bundled reference data. */
  protected final Installation installation() {
    return Installation.of(PluginRegistry.ofPlugins(List.of(plugin())));
  }

  /** The plugin's codes as the host resolved them. */
  private List<CodeDefinition> catalogue() {
    return installation().catalogue().codes();
  }

  /** The coder the host created for the plugin. */
  private FamilyCoder coder() {
    return installation().familyCoder(plugin().descriptor().id()).orElseThrow();
  }

  /** A session for samples: one procedure with these targets. */
  protected static Session session(Procedure procedure, Guidance guidance) {
    return Session.builder()
        .dateOfService(java.time.LocalDate.of(2026, 3, 2))
        .payer(org.spinecode.domain.encounter.Payer.COMMERCIAL)
        .setting(org.spinecode.domain.encounter.Setting.OFFICE)
        .family(procedure.family())
        .guidance(guidance)
        .addProcedures(SessionProcedure.of(0, procedure))
        .build();
  }

  private static SessionProcedure reversed(SessionProcedure procedure) {
    List<Target> targets = new ArrayList<>(procedure.procedure().targets());
    Collections.reverse(targets);
    Procedure original = procedure.procedure();
    Procedure.Builder builder = Procedure.builder()
        .family(original.family()).guidance(original.guidance())
        .purpose(original.purpose()).approach(original.approach())
        .indwellingCatheter(original.indwellingCatheter())
        .addAllTargets(targets);
    return SessionProcedure.of(procedure.index(), builder.build());
  }

  private static Set<String> shape(List<CodedService> services) {
    Set<String> shape = new HashSet<>();
    for (CodedService service : services) {
      shape.add(service.code().code() + " " + service.side() + " " + service.levels());
    }
    return shape;
  }

  private static List<String> classesInPackageOf(Class<?> type) throws IOException, URISyntaxException {
    Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    String packagePath = type.getPackageName().replace('.', '/');
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.list(root.resolve(packagePath))) {
        files.map(f -> f.getFileName().toString())
            .filter(f -> f.endsWith(".class") && !f.equals("package-info.class"))
            .forEach(f -> names.add(type.getPackageName() + "." + f.substring(0, f.length() - 6)));
      }
    } else {
      try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(root.toFile())) {
        jar.stream().map(java.util.zip.ZipEntry::getName)
            .filter(n -> n.startsWith(packagePath + "/") && n.endsWith(".class")
                && n.indexOf('/', packagePath.length() + 1) < 0 && !n.endsWith("package-info.class"))
            .forEach(n -> names.add(n.substring(0, n.length() - 6).replace('/', '.')));
      }
    }
    return names;
  }
}
