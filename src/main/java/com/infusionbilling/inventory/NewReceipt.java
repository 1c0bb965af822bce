package com.infusionbilling.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One lot delivered: a row of a distributor invoice CSV or a manual receipt.
 *
 * @param ndc the NDC as written (normalised to NDC-11 on receipt)
 * @param quantity containers (vials, syringes) received
 * @param unitCost acquisition cost of one container, in US dollars
 */
public record NewReceipt(
    String ndc,
    String lot,
    LocalDate expiry,
    BigDecimal quantity,
    BigDecimal unitCost,
    String invoiceNumber,
    LocalDate receivedOn,
    InventorySource source) {}
