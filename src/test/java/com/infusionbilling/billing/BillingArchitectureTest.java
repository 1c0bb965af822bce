package com.infusionbilling.billing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules core stays pure and the billing code stays out of the process runtime. */
class BillingArchitectureTest {
  private static final JavaClasses BILLING =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.infusionbilling.billing");

  @Test
  void theRulesCoreHasNoSpringJpaOrJdbc() {
    noClasses()
        .that()
        .resideInAnyPackage("..billing.coding..", "..billing.pricing..", "..billing.scrub..")
        .or()
        .haveSimpleNameStartingWith("BillingEngine")
        .or()
        .haveSimpleNameStartingWith("ReferenceSnapshot")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "jakarta.persistence..",
            "java.sql..",
            "javax.sql..",
            "org.hibernate..")
        .orShould()
        .dependOnClassesThat()
        .areAnnotatedWith(jakarta.persistence.Entity.class)
        .check(BILLING);
  }

  @Test
  void billingNeverImportsTheProcessRuntime() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.infusionbilling.runtime..",
            "io.camunda.zeebe.engine..",
            "io.camunda.zeebe.broker..")
        .check(BILLING);
  }
}
