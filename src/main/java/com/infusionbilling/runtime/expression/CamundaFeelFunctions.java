package com.infusionbilling.runtime.expression;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.feel.context.JavaFunction;
import org.camunda.feel.context.JavaFunctionProvider;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValDayTimeDuration;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValNull$;
import org.camunda.feel.syntaxtree.ValNumber;
import org.camunda.feel.syntaxtree.ValString;
import org.camunda.feel.syntaxtree.ValYearMonthDuration;

/**
 * The FEEL functions Camunda 8 adds to the language (docs.camunda.io "FEEL built-in functions",
 * marked "Camunda extension"): {@code cycle(interval)} and {@code cycle(repetitions, interval)},
 * which build an ISO 8601 repeating interval for timer cycles ({@code cycle(duration("PT1H"))} is
 * "R/PT1H", {@code cycle(3, duration("PT1H"))} is "R3/PT1H"), and {@code fromAi(value, ...)}, which
 * returns its value unchanged (it only tags the value for AI integrations).
 */
final class CamundaFeelFunctions extends JavaFunctionProvider {

  private static final Map<String, List<JavaFunction>> FUNCTIONS =
      Map.of(
          "cycle",
          List.of(
              new JavaFunction(List.of("interval"), args -> cycle(ValNull$.MODULE$, args.get(0))),
              new JavaFunction(
                  List.of("repetitions", "interval"), args -> cycle(args.get(0), args.get(1)))),
          "fromAi",
          List.of(
              fromAi("value"),
              fromAi("value", "description"),
              fromAi("value", "description", "type"),
              fromAi("value", "description", "type", "schema"),
              fromAi("value", "description", "type", "schema", "options")));

  private static JavaFunction fromAi(String... params) {
    return new JavaFunction(List.of(params), args -> args.get(0));
  }

  private static Val cycle(Val repetitions, Val interval) {
    String duration;
    if (interval instanceof ValDayTimeDuration d) {
      duration = ValDayTimeDuration.format(d.value());
    } else if (interval instanceof ValYearMonthDuration p) {
      duration = p.value().toString();
    } else {
      return new ValError("cycle() expects a duration as its interval, but got " + interval);
    }
    if (repetitions instanceof ValNumber n) {
      return new ValString("R" + n.value().bigDecimal().toBigInteger() + "/" + duration);
    }
    if (repetitions == ValNull$.MODULE$) {
      return new ValString("R/" + duration);
    }
    return new ValError("cycle() expects a number of repetitions, but got " + repetitions);
  }

  @Override
  public Optional<JavaFunction> resolveFunction(String functionName) {
    List<JavaFunction> functions = FUNCTIONS.get(functionName);
    return functions == null ? Optional.empty() : Optional.of(functions.get(0));
  }

  @Override
  public List<JavaFunction> resolveFunctions(String functionName) {
    return FUNCTIONS.getOrDefault(functionName, List.of());
  }

  @Override
  public Collection<String> getFunctionNames() {
    return FUNCTIONS.keySet();
  }
}
