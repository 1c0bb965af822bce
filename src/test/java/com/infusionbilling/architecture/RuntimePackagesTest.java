package com.infusionbilling.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.function.Consumer;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

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

  @ArchTest
  static final ArchRule searchesReturnRuntimeOwnedRecords =
      noClasses()
          .that()
          .resideInAPackage("com.infusionbilling.runtime.search..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.camunda..")
          .because(
              "the searches return the runtime's own records; the REST layer maps them to the"
                  + " client's DTOs (issue 13)");

  /** What starts a transaction: a transaction template or manager, or {@code @Transactional}. */
  private static final DescribedPredicate<JavaClass> STARTS_TRANSACTIONS =
      assignableTo(TransactionOperations.class)
          .or(assignableTo(TransactionManager.class))
          .or(assignableTo(Transactional.class))
          .as("start transactions (TransactionTemplate, a TransactionManager, @Transactional)");

  /**
   * Transactions start in the {@code CommandExecutor} (and are built in {@code config}); job
   * activation runs in the executor's transactions too ({@code JobActivator.Transactions}). The one
   * named exception is documented in docs/runtime.md ("Durability and concurrency"): a block of
   * keys is reserved in its own short transaction on its own pool, so that it never rolls back with
   * a command.
   */
  @ArchTest
  static final ArchRule transactionsStartOnlyInTheExecutor =
      noClasses()
          .that()
          .resideInAPackage("com.infusionbilling.runtime..")
          .and()
          .resideOutsideOfPackages(
              "com.infusionbilling.runtime.executor..", "com.infusionbilling.runtime.config..")
          .and()
          .doNotHaveFullyQualifiedName("com.infusionbilling.runtime.state.KeyGenerator")
          .should()
          .dependOnClassesThat(STARTS_TRANSACTIONS)
          .because(
              "the CommandExecutor owns the transaction of every command (issue 13); run the work"
                  + " through it");

  /**
   * A command handler's operation takes its command as one value (issue 13, "commands as values"):
   * a public method of a {@code *Commands} class has one parameter, a record that carries the
   * command's defaults and checks; a long poll's second parameter is the callback its answer goes
   * to. Transports only map their messages onto these records.
   */
  @ArchTest
  static final ArchRule commandHandlersTakeOneCommand =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("com.infusionbilling.runtime.command")
          .and()
          .areDeclaredInClassesThat()
          .haveSimpleNameEndingWith("Commands")
          .and()
          .haveModifier(JavaModifier.PUBLIC)
          .should(takeOneCommand())
          .because("a command is a value; its handler method takes exactly that value (issue 13)");

  private static ArchCondition<JavaMethod> takeOneCommand() {
    return new ArchCondition<>("take one command value (and a long poll's callback)") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        var parameters = method.getRawParameterTypes();
        boolean satisfied =
            parameters.size() <= 1
                || (parameters.size() == 2 && parameters.get(1).isEquivalentTo(Consumer.class));
        events.add(
            new SimpleConditionEvent(
                method,
                satisfied,
                method.getFullName() + " takes " + parameters.size() + " parameters"));
      }
    };
  }
}
