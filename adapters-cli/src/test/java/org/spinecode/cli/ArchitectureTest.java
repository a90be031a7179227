package org.spinecode.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module picture of DESIGN.md, checked on the compiled classes of every module (this module's
 * test class path sees them all). Each expected package has its own rule, and a rule that matches
 * no class fails, so a renamed package cannot pass silently.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      // the plugin contract test-jar is on this module's test class path; it is test code too
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages("org.spinecode");

  private static final String DOMAIN = "org.spinecode.domain..";
  private static final String PLUGIN_API = "org.spinecode.plugin..";
  private static final String PLUGINS = "org.spinecode.plugins..";

  static Stream<Arguments> packages() {
    return Stream.of(
        Arguments.of("org.spinecode.domain", new String[] {"java..", DOMAIN}),
        Arguments.of("org.spinecode.domain.spine", new String[] {"java..", DOMAIN}),
        Arguments.of("org.spinecode.domain.encounter", new String[] {"java..", DOMAIN}),
        Arguments.of("org.spinecode.domain.claim", new String[] {"java..", DOMAIN}),
        Arguments.of("org.spinecode.domain.catalogue", new String[] {"java..", DOMAIN}),
        Arguments.of("org.spinecode.domain.policy", new String[] {"java..", DOMAIN}),
        Arguments.of("org.spinecode.domain.family", new String[] {"java..", DOMAIN}),
        Arguments.of("org.spinecode.domain.engine", new String[] {"java..", DOMAIN}),
        Arguments.of("org.spinecode.domain.check", new String[] {"java..", DOMAIN}),
        Arguments.of("org.spinecode.domain.edit", new String[] {"java..", DOMAIN}),
        Arguments.of("org.spinecode.domain.diagnosis", new String[] {"java..", DOMAIN}),
        Arguments.of("org.spinecode.plugin", new String[] {"java..", DOMAIN, "org.spinecode.plugin",
            "org.spinecode.plugin.data"}),
        Arguments.of("org.spinecode.plugin.data", new String[] {"java..", DOMAIN, "org.spinecode.plugin.data"}),
        Arguments.of("org.spinecode.plugin.host", new String[] {"java..", DOMAIN, PLUGIN_API}),
        Arguments.of("org.spinecode.plugin.host.diagnosis", new String[] {"java..", DOMAIN, PLUGIN_API}),
        Arguments.of("org.spinecode.plugins.interlaminar", new String[] {"java..", DOMAIN, PLUGIN_API, "org.spinecode.plugins.interlaminar.."}),
        Arguments.of("org.spinecode.plugins.transforaminal", new String[] {"java..", DOMAIN, PLUGIN_API, "org.spinecode.plugins.transforaminal.."}),
        Arguments.of("org.spinecode.plugins.facet", new String[] {"java..", DOMAIN, PLUGIN_API, "org.spinecode.plugins.facet.."}),
        Arguments.of("org.spinecode.plugins.ultrasound", new String[] {"java..", DOMAIN, PLUGIN_API, "org.spinecode.plugins.ultrasound.."}),
        Arguments.of("org.spinecode.rest.wire", new String[] {"java..", DOMAIN, "org.spinecode.rest.wire..", "com.fasterxml.jackson.."}),
        Arguments.of("org.spinecode.rest.format", new String[] {"java..", DOMAIN, "org.spinecode.rest.wire..",
            "org.spinecode.rest.format..", "com.fasterxml.jackson.core.."}),
        Arguments.of("org.spinecode.rest.http", new String[] {"java..", DOMAIN, "org.spinecode.rest..", "io.javalin..",
            "org.eclipse.jetty..", "jakarta.servlet..", "com.fasterxml.jackson..", "org.slf4j.."}),
        Arguments.of("org.spinecode.cli.command", new String[] {"java..", DOMAIN, PLUGIN_API, "org.spinecode.rest..",
            "org.spinecode.cli.command..", "picocli..", "com.fasterxml.jackson.."}),
        Arguments.of("org.spinecode.cli.launch", new String[] {"java..", DOMAIN, PLUGIN_API, "org.spinecode.rest..",
            "org.spinecode.cli..", "picocli..", "com.google.inject.."}));
  }

  @ParameterizedTest(name = "{0} exists and depends only on what the design allows")
  @MethodSource("packages")
  void each_expected_package_exists_and_depends_only_on_what_the_design_allows(String pkg, String[] allowed) {
    classes().that().resideInAPackage(pkg)
        .should(ArchConditions.onlyHaveDependenciesWhere(targetIn(allowed).or(immutablesAnnotation())))
        .as(pkg + " depends only on " + String.join(", ", allowed) + " (and Immutables' source annotations)")
        .check(CLASSES);
  }

  @Test
  void the_domain_references_nothing_outside_the_jdk_and_itself_at_run_time() {
    classes().that().resideInAPackage(DOMAIN)
        .should(ArchConditions.onlyHaveDependenciesWhere(targetIn("java..", DOMAIN).or(immutablesAnnotation())))
        .check(CLASSES);
  }

  private static DescribedPredicate<Dependency> targetIn(String... packages) {
    return Dependency.Predicates.dependencyTarget(JavaClass.Predicates.resideInAnyPackage(packages));
  }

  /**
   * Immutables' annotations stay in the class files (class retention) but are never loaded at run
   * time; with jdkOnly the generated code references only the JDK.
   */
  private static DescribedPredicate<Dependency> immutablesAnnotation() {
    return DescribedPredicate.describe("an Immutables annotation", dependency ->
        dependency.getTargetClass().getPackageName().equals("org.immutables.value")
            && (dependency.getDescription().contains(" is annotated with ")
                || dependency.getDescription().contains(" has annotation member of type ")));
  }

  /**
   * The packages styled {@code ClaimValueStyle} build their values' collections with the JDK's
   * {@code List.copyOf}; the JDK's sets and maps iterate in an order that changes from run to run,
   * so values there hold lists only, and results stay the same from run to run.
   */
  @Test
  void values_with_jdk_lists_hold_no_sets_or_maps() {
    noMethods().that().areDeclaredInClassesThat().resideInAnyPackage("org.spinecode.domain.encounter",
            "org.spinecode.domain.claim", "org.spinecode.domain.family", "org.spinecode.domain.edit",
            "org.spinecode.domain.check")
        .and().areDeclaredInClassesThat().areAnnotatedWith(Value.Immutable.class)
        .and().haveModifier(JavaModifier.ABSTRACT)
        .should().haveRawReturnType(Set.class).orShould().haveRawReturnType(Map.class)
        .check(CLASSES);
  }

  @Test
  void plugins_never_depend_on_each_other() {
    slices().matching("org.spinecode.plugins.(*)..").should().notDependOnEachOther().check(CLASSES);
  }

  @Test
  void plugins_never_touch_the_engine() {
    noClasses().that().resideInAnyPackage(PLUGINS, "org.spinecode.examples..")
        .should().dependOnClassesThat().resideInAPackage("org.spinecode.domain.engine..")
        .check(CLASSES);
  }

  /** The host is what adapters and library users start from; a family, and the SPI it compiles against, never see it. */
  @Test
  void families_and_the_spi_never_depend_on_the_host() {
    noClasses().that().resideInAnyPackage(PLUGINS, "org.spinecode.examples..", "org.spinecode.plugin",
            "org.spinecode.plugin.data")
        .should().dependOnClassesThat().resideInAPackage("org.spinecode.plugin.host..")
        .check(CLASSES);
  }

  /** One composition root: the host builds the engine; adapters take the ports it hands them. */
  @Test
  void only_the_host_builds_the_engine() {
    noClasses().that().resideOutsideOfPackages("org.spinecode.plugin.host..", "org.spinecode.domain.engine..")
        .should().dependOnClassesThat().resideInAPackage("org.spinecode.domain.engine..")
        .check(CLASSES);
  }

  @Test
  void the_family_toolkit_and_the_policy_kinds_do_not_know_the_engine() {
    noClasses().that().resideInAnyPackage("org.spinecode.domain.family..", "org.spinecode.domain.policy..",
            "org.spinecode.domain.catalogue..", "org.spinecode.domain.edit..", "org.spinecode.domain.check..",
            "org.spinecode.domain.diagnosis..")
        .should().dependOnClassesThat().resideInAPackage("org.spinecode.domain.engine..")
        .check(CLASSES);
  }

  @Test
  void adapters_never_depend_on_plugins() {
    noClasses().that().resideInAnyPackage("org.spinecode.rest..", "org.spinecode.cli..")
        .should().dependOnClassesThat().resideInAPackage(PLUGINS)
        .check(CLASSES);
  }

  @Test
  void the_domain_and_the_plugin_api_do_not_know_adapters() {
    noClasses().that().resideInAnyPackage(DOMAIN, PLUGIN_API)
        .should().dependOnClassesThat().resideInAnyPackage("org.spinecode.rest..", "org.spinecode.cli..")
        .check(CLASSES);
  }

  /**
   * The domain root is the hexagon's face: the primary port speaks the language of the packages
   * below it, and they all use the root's style and exception. Its outgoing dependencies are
   * therefore not cycles; every other package pair is checked.
   */
  @Test
  void packages_are_free_of_cycles() {
    slices().matching("org.spinecode.(**)").should().beFreeOfCycles()
        .ignoreDependency(JavaClass.Predicates.resideInAPackage("org.spinecode.domain"), DescribedPredicate.alwaysTrue())
        .check(CLASSES);
  }

  @Test
  void guice_lives_only_in_the_launcher() {
    noClasses().that().resideOutsideOfPackage("org.spinecode.cli.launch..")
        .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
        .check(CLASSES);
  }

  @Test
  void javax_inject_is_used_nowhere_because_guice_7_ignores_it() {
    ArchRule rule = noClasses().should().dependOnClassesThat().resideInAPackage("javax.inject..");
    rule.check(CLASSES);
  }

  @Test
  void names_come_from_the_domain_not_from_patterns() {
    noClasses().should().haveSimpleNameEndingWith("Impl")
        .orShould().haveSimpleNameEndingWith("Port")
        .orShould().haveSimpleNameEndingWith("VO")
        .orShould().haveNameMatching(".*\\.I[A-Z][a-z]+[A-Za-z]*")
        .check(CLASSES);
  }
}
