package com.infusionbilling.visit;

/**
 * Published inside the transaction that stored a visit's dispenses ("Record dispense"): the drug it
 * names by NDC and lot has left stock. Inventory listens (after commit) and copies them, so the
 * lot's stock and the dose's acquisition cost do not wait for the next reconciliation.
 */
public record VisitDispensed(long visitId) {}
