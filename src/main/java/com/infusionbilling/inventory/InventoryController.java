package com.infusionbilling.inventory;

import com.infusionbilling.security.CurrentUser;
import com.infusionbilling.web.UploadGuard;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Drug inventory for pharmacy and managers (security.AccessRules): receipts by distributor invoice
 * CSV or by hand, lots and their stock, waste/return/expiry/adjustment movements, dispenses copied
 * from a visit, and the reconciliation (a manager starts one on demand).
 */
@RestController
public class InventoryController {
  private final InventoryService inventory;
  private final InventoryReconciliationService reconciliations;
  private final UploadGuard uploads;

  public InventoryController(
      InventoryService inventory,
      InventoryReconciliationService reconciliations,
      UploadGuard uploads) {
    this.inventory = inventory;
    this.reconciliations = reconciliations;
    this.uploads = uploads;
  }

  public record Received(List<Long> lotIds) {}

  /** A distributor invoice (multipart part {@code file}): every row stored, or none. */
  @PostMapping(path = "/api/inventory/receipts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public Received importInvoice(@RequestParam("file") MultipartFile file) {
    List<NewReceipt> rows = ReceiptCsv.parse(uploads.read(file));
    return new Received(inventory.receive(rows, true, CurrentUser.get().username()));
  }

  public record ManualReceipt(
      @NotBlank String ndc,
      @NotBlank @Size(max = 30) String lot,
      @NotNull LocalDate expiry,
      @NotNull BigDecimal quantity,
      @NotNull BigDecimal unitCost,
      @NotBlank @Size(max = 50) String invoiceNumber,
      @NotNull LocalDate receivedOn,
      InventorySource source) {}

  /** One lot received by hand (the Inventory page's form). */
  @PostMapping(path = "/api/inventory/receipts", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public Received receive(@Valid @RequestBody ManualReceipt r) {
    NewReceipt receipt =
        new NewReceipt(
            r.ndc(),
            r.lot(),
            r.expiry(),
            r.quantity(),
            r.unitCost(),
            r.invoiceNumber(),
            r.receivedOn(),
            r.source());
    return new Received(inventory.receive(List.of(receipt), false, CurrentUser.get().username()));
  }

  @GetMapping("/api/inventory/lots")
  public List<InventoryService.Lot> lots() {
    return inventory.lots();
  }

  public record Movement(
      @NotNull MovementKind kind,
      @NotNull BigDecimal containers,
      @NotNull LocalDate occurredOn,
      @Size(max = 500) String note,
      @NotBlank @Size(max = 80) String requestKey) {}

  /** Waste, a return, an expiry or a count adjustment of a lot (idempotent by requestKey). */
  @PostMapping("/api/inventory/lots/{lotId}/movements")
  @ResponseStatus(HttpStatus.CREATED)
  public InventoryService.Lot move(@PathVariable long lotId, @Valid @RequestBody Movement m) {
    inventory.recordMovement(
        lotId,
        m.kind(),
        m.containers(),
        m.occurredOn(),
        m.note(),
        m.requestKey(),
        CurrentUser.get().username());
    return inventory.lot(lotId).orElseThrow();
  }

  /** Copies a visit's dispenses into stock (once each; again is harmless). */
  @PostMapping("/api/inventory/visits/{visitId}/dispenses")
  public Map<String, Integer> dispenses(@PathVariable long visitId) {
    return Map.of("recorded", inventory.recordDispensesOfVisit(visitId));
  }

  /** A manager starts a reconciliation now (through the process-start outbox). */
  @PostMapping("/api/inventory/reconciliations")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public Map<String, Object> startReconciliation() {
    String key = "inventory-reconciliation-" + UUID.randomUUID();
    long startId = reconciliations.requestOnDemand(key);
    return Map.of("businessKey", key, "processStartId", startId);
  }

  @GetMapping("/api/inventory/reconciliations/latest")
  public InventoryReconciliationService.Reconciliation latest() {
    return reconciliations
        .latest()
        .orElseThrow(() -> new java.util.NoSuchElementException("no reconciliation yet"));
  }
}
