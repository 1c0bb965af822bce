package com.infusionbilling.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The embedded runtime is self-contained (it could be lifted out as its own artifact), and the
 * billing code talks to whichever engine is configured only through the Camunda client.
 */
@AnalyzeClasses(
    packages = "com.infusionbilling",
    importOptions = ImportOption.DoNotIncludeTests.class)
class RuntimeBoundaryTest {

  @ArchTest
  static final ArchRule runtimeImportsNothingFromTheApplication =
      noClasses()
          .that()
          .resideInAPackage("com.infusionbilling.runtime..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("com.infusionbilling..")
                  .and(resideOutsideOfPackage("com.infusionbilling.runtime..")))
          .because("the runtime must not know the billing application");

  @ArchTest
  static final ArchRule applicationDoesNotUseTheRuntimeDirectly =
      noClasses()
          .that()
          .resideInAPackage("com.infusionbilling..")
          .and()
          .resideOutsideOfPackage("com.infusionbilling.runtime..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.infusionbilling.runtime..")
          .because("the application talks to the engine only through CamundaClient");
}
