package com.infusionbilling.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The embedded runtime's packages depend on each other in one direction only (ARCHITECTURE.md: "No
 * package cycles"): the transports ({@code rest}, {@code grpc}) on the commands, the commands on
 * the {@code executor}, the engine and the stores, and everything on the values and problems in
 * {@code shared}. A cycle means a line of code cannot tell its room; this rule names the classes
 * that close one.
 */
@AnalyzeClasses(
    packages = "com.infusionbilling.runtime",
    importOptions = ImportOption.DoNotIncludeTests.class)
class RuntimePackagesTest {

  @ArchTest
  static final ArchRule runtimePackagesAreFreeOfCycles =
      slices()
          .matching("com.infusionbilling.runtime.(*)..")
          .should()
          .beFreeOfCycles()
          .because("each runtime package builds only on the packages below it");

  @ArchTest
  static final ArchRule grpcDoesNotUseRest =
      noClasses()
          .that()
          .resideInAPackage("com.infusionbilling.runtime.grpc..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.infusionbilling.runtime.rest..")
          .because("REST and gRPC each translate their own messages into the same commands");

  @ArchTest
  static final ArchRule restDoesNotUseGrpc =
      noClasses()
          .that()
          .resideInAPackage("com.infusionbilling.runtime.rest..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.infusionbilling.runtime.grpc..")
          .because("REST and gRPC each translate their own messages into the same commands");
}
