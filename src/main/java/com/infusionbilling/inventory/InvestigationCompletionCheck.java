package com.infusionbilling.inventory;

import com.infusionbilling.visit.DispenseQueries;
import com.infusionbilling.worklist.TaskCompletionCheck;
import com.infusionbilling.worklist.WorklistException;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Investigate inventory variance": the linked visit (optional) must be a visit that exists, or the
 * finding's record would point at nothing.
 */
@Component
class InvestigationCompletionCheck implements TaskCompletionCheck {
  private final DispenseQueries dispenses;

  InvestigationCompletionCheck(DispenseQueries dispenses) {
    this.dispenses = dispenses;
  }

  @Override
  public String elementId() {
    return InventoryReconciliationProcess.TASK_INVESTIGATE;
  }

  @Override
  public void check(Map<String, Object> variables) {
    if (!(variables.get(InventoryReconciliationProcess.VAR_LINKED_VISIT_ID) instanceof Number n)) {
      return; // none linked (the form has checked it is a whole number if given)
    }
    if (!visitExists(new BigDecimal(n.toString()))) {
      throw new WorklistException.BadRequest(
          InventoryReconciliationProcess.VAR_LINKED_VISIT_ID,
          "no visit has ID " + n + ": enter the ID of an existing visit, or leave it empty.");
    }
  }

  private boolean visitExists(BigDecimal id) {
    try {
      return dispenses.visitExists(id.longValueExact());
    } catch (ArithmeticException tooLarge) {
      return false;
    }
  }
}
