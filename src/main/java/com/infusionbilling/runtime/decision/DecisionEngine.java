package com.infusionbilling.runtime.decision;

import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.decision.DecisionEvaluation.EvaluatedDecision;
import com.infusionbilling.runtime.decision.DecisionEvaluation.EvaluatedInput;
import com.infusionbilling.runtime.decision.DecisionEvaluation.EvaluatedOutput;
import com.infusionbilling.runtime.decision.DecisionEvaluation.MatchedRule;
import com.infusionbilling.runtime.model.DeploymentRejectedException;
import com.infusionbilling.runtime.state.Json;
import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.dmn.Audit;
import org.camunda.dmn.DmnEngine;
import org.camunda.dmn.parser.ParsedDecision;
import org.camunda.dmn.parser.ParsedDecisionLogic;
import org.camunda.dmn.parser.ParsedDecisionTable;
import org.camunda.dmn.parser.ParsedDmn;
import org.camunda.dmn.parser.ParsedLiteralExpression;
import org.camunda.dmn.parser.ParsedRule;
import org.camunda.feel.impl.JavaValueMapper;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.valuemapper.CustomValueMapper;
import org.camunda.feel.valuemapper.ValueMapper;
import scala.jdk.javaapi.CollectionConverters;
import scala.util.Either;

/**
 * Parses and evaluates DMN 1.3 decisions with dmn-scala ({@code
 * org.camunda.bpm.extension.dmn.scala:dmn-engine}, the engine Camunda 8 uses), and turns its audit
 * log into the evaluated decisions, inputs and matched rules that decision instances report. FEEL's
 * {@code now()} follows the runtime clock.
 */
public final class DecisionEngine {

  private static final ValueMapper VALUES =
      new ValueMapper.CompositeValueMapper(
          CollectionConverters.asScala(List.<CustomValueMapper>of(new JavaValueMapper())).toList());

  private final DmnEngine engine;

  public DecisionEngine(RuntimeClock clock) {
    this.engine =
        new DmnEngine.Builder()
            .clock(() -> ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .build();
  }

  /**
   * Parses and evaluates a one-rule table once, so the engine's parsers are loaded when the runtime
   * starts rather than inside the first deployment (which a client awaits with a deadline).
   */
  public void warmUp() {
    String dmn =
        "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"WarmUpDefinitions\""
            + " name=\"WarmUp\" namespace=\"warm-up\"><decision id=\"WarmUp\" name=\"WarmUp\">"
            + "<decisionTable id=\"WarmUpTable\"><input id=\"WarmUpInput\"><inputExpression"
            + " id=\"WarmUpExpression\" typeRef=\"number\"><text>x</text></inputExpression></input>"
            + "<output id=\"WarmUpOutput\" name=\"y\" typeRef=\"string\"/><rule id=\"WarmUpRule\">"
            + "<inputEntry id=\"WarmUpEntry\"><text>&gt; 0</text></inputEntry><outputEntry"
            + " id=\"WarmUpResult\"><text>\"ok\"</text></outputEntry></rule></decisionTable>"
            + "</decision></definitions>";
    evaluate(
        parse("warm-up.dmn", dmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "WarmUp",
        Map.of("x", 1));
  }

  /** Parses a DMN resource; an invalid one is rejected naming the resource and the problem. */
  public ParsedDmn parse(String resourceName, byte[] content) {
    Either<DmnEngine.Failure, ParsedDmn> parsed;
    try {
      parsed = engine.parse(new ByteArrayInputStream(content));
    } catch (RuntimeException e) {
      throw new DeploymentRejectedException(
          resourceName, List.of("the resource is not valid DMN: " + e.getMessage()));
    }
    if (parsed.isLeft()) {
      throw new DeploymentRejectedException(
          resourceName, List.of("the resource is not valid DMN: " + parsed.left().get().message()));
    }
    ParsedDmn dmn = parsed.right().get();
    if (dmn.model().getDefinitions() == null || dmn.model().getDefinitions().getId() == null) {
      throw new DeploymentRejectedException(
          resourceName, List.of("the DMN definitions element needs an id"));
    }
    return dmn;
  }

  /** Evaluates the decision (and the decisions it requires) against the variables. */
  public DecisionEvaluation evaluate(
      ParsedDmn dmn, String decisionId, Map<String, Object> variables) {
    Either<DmnEngine.EvalFailure, DmnEngine.EvalResult> result;
    try {
      result = engine.eval(dmn, decisionId, new HashMap<>(variables));
    } catch (RuntimeException e) {
      return new DecisionEvaluation(
          null, "null", List.of(), decisionId, failureMessage(decisionId, e.getMessage()));
    }
    List<String> order = evaluationOrder(dmn, decisionId);
    if (result.isLeft()) {
      DmnEngine.EvalFailure failure = result.left().get();
      List<EvaluatedDecision> evaluated = evaluatedDecisions(dmn, failure.auditLog(), order);
      Set<String> done = new LinkedHashSet<>();
      evaluated.forEach(d -> done.add(d.decisionId()));
      // The failed decision is the first one without an audit entry or, when the engine audited
      // the failing decision too, the one audited last.
      String failed =
          order.stream()
              .filter(id -> !done.contains(id))
              .findFirst()
              .orElseGet(() -> lastAudited(failure.auditLog(), decisionId));
      List<EvaluatedDecision> succeeded =
          evaluated.stream().filter(d -> !d.decisionId().equals(failed)).toList();
      return new DecisionEvaluation(
          null, "null", succeeded, failed, failureMessage(decisionId, failure.failure().message()));
    }
    DmnEngine.EvalResult success = result.right().get();
    List<EvaluatedDecision> evaluated = evaluatedDecisions(dmn, success.auditLog(), order);
    Object output = null;
    for (EvaluatedDecision decision : evaluated) {
      if (decision.decisionId().equals(decisionId)) {
        output = Json.parse(decision.outputJson());
      }
    }
    return new DecisionEvaluation(output, Json.write(output), evaluated, null, null);
  }

  private static String lastAudited(Audit.AuditLog log, String fallback) {
    String last = fallback;
    if (log != null) {
      for (Audit.AuditLogEntry entry : CollectionConverters.asJava(log.entries())) {
        last = entry.id();
      }
    }
    return last;
  }

  /** Required decisions first (depth first), then the decision itself. */
  private static List<String> evaluationOrder(ParsedDmn dmn, String decisionId) {
    List<String> order = new ArrayList<>();
    var decision = dmn.decisionsById().get(decisionId);
    if (decision.isDefined()) {
      visit(decision.get(), order, new LinkedHashSet<>());
    }
    return order;
  }

  private static void visit(ParsedDecision decision, List<String> order, Set<String> seen) {
    if (!seen.add(decision.id())) {
      return;
    }
    for (ParsedDecision required : CollectionConverters.asJava(decision.requiredDecisions())) {
      visit(required, order, seen);
    }
    order.add(decision.id());
  }

  private static List<EvaluatedDecision> evaluatedDecisions(
      ParsedDmn dmn, Audit.AuditLog log, List<String> order) {
    Map<String, EvaluatedDecision> byId = new LinkedHashMap<>();
    if (log != null) {
      for (Audit.AuditLogEntry entry : CollectionConverters.asJava(log.entries())) {
        var parsed = dmn.decisionsById().get(entry.id());
        if (parsed.isEmpty() || byId.containsKey(entry.id())) {
          continue; // business knowledge models are not decisions
        }
        byId.put(entry.id(), evaluated(dmn, parsed.get(), entry));
      }
    }
    List<EvaluatedDecision> ordered = new ArrayList<>();
    for (String id : order) {
      if (byId.containsKey(id)) {
        ordered.add(byId.remove(id));
      }
    }
    ordered.addAll(byId.values());
    return ordered;
  }

  private static EvaluatedDecision evaluated(
      ParsedDmn dmn, ParsedDecision decision, Audit.AuditLogEntry entry) {
    ParsedDecisionLogic logic = decision.logic();
    List<EvaluatedInput> inputs = new ArrayList<>();
    List<MatchedRule> rules = new ArrayList<>();
    if (entry.result() instanceof Audit.DecisionTableEvaluationResult table
        && logic instanceof ParsedDecisionTable parsedTable) {
      for (Audit.EvaluatedInput input : CollectionConverters.asJava(table.inputs())) {
        inputs.add(
            new EvaluatedInput(
                input.input().id(),
                inputLabel(dmn, input.input().id(), input.input().name()),
                json(input.value())));
      }
      List<ParsedRule> allRules = new ArrayList<>();
      CollectionConverters.asJava(parsedTable.rules()).forEach(allRules::add);
      for (Audit.EvaluatedRule rule : CollectionConverters.asJava(table.matchedRules())) {
        List<EvaluatedOutput> outputs = new ArrayList<>();
        for (Audit.EvaluatedOutput output : CollectionConverters.asJava(rule.outputs())) {
          outputs.add(
              new EvaluatedOutput(
                  output.output().id(), output.output().name(), json(output.value())));
        }
        rules.add(new MatchedRule(rule.rule().id(), allRules.indexOf(rule.rule()) + 1, outputs));
      }
    }
    String type =
        logic instanceof ParsedDecisionTable
            ? "DECISION_TABLE"
            : logic instanceof ParsedLiteralExpression ? "LITERAL_EXPRESSION" : "UNSPECIFIED";
    return new EvaluatedDecision(
        decision.id(), decision.name(), type, json(entry.result().result()), inputs, rules);
  }

  private static String inputLabel(ParsedDmn dmn, String inputId, String fallback) {
    ModelElementInstance element = dmn.model().getModelElementById(inputId);
    if (element instanceof Input input && input.getLabel() != null) {
      return input.getLabel();
    }
    return fallback;
  }

  /** A FEEL value as JSON (contexts as objects, lists as arrays, temporal values as strings). */
  static String json(Val value) {
    if (value == null) {
      return "null";
    }
    return Json.write(VALUES.unpackVal(value));
  }

  /**
   * A failed evaluation's message as Camunda reports it (in the evaluate response, decision
   * instances and incidents): "Expected to evaluate decision '<id>', but <reason>".
   */
  static String failureMessage(String decisionId, String reason) {
    return "Expected to evaluate decision '" + decisionId + "', but " + reason;
  }
}
