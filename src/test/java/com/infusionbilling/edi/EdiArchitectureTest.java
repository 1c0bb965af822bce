package com.infusionbilling.edi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The X12 layer stands alone: it knows no clearinghouse, no lifecycle package and no engine; the
 * clearinghouse knows only the X12 layer (other packages map their results into the X12 records).
 */
class EdiArchitectureTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.infusionbilling.edi", "com.infusionbilling.clearinghouse");

  @Test
  void ediDependsOnNoOtherProjectPackage() {
    noClasses()
        .that()
        .resideInAPackage("com.infusionbilling.edi..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.infusionbilling.clearinghouse..",
            "com.infusionbilling.billing..",
            "com.infusionbilling.runtime..",
            "com.infusionbilling.claim..",
            "com.infusionbilling.authorization..",
            "com.infusionbilling.verification..",
            "io.camunda..")
        .check(classes);
  }

  @Test
  void clearinghouseDependsOnlyOnEdi() {
    noClasses()
        .that()
        .resideInAPackage("com.infusionbilling.clearinghouse..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.infusionbilling.billing..",
            "com.infusionbilling.runtime..",
            "com.infusionbilling.claim..",
            "com.infusionbilling.authorization..",
            "com.infusionbilling.verification..",
            "io.camunda..")
        .check(classes);
  }
}
