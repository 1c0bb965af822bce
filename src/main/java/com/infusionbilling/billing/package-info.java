/**
 * Billing rules engine: drug units and JW/JZ wastage, NDC, administration codes from infusion
 * times, expected payment and claim scrubbing, over reference data taken from the CMS files.
 *
 * <ul>
 *   <li>{@code coding}, {@code pricing}, {@code scrub}: pure rule functions (no Spring); each
 *       result carries a rule id and a one-line explanation.
 *   <li>{@code reference}: drug, NDC and payer catalogue, ASP/MUE/NCCI data, held in memory as an
 *       immutable {@link com.infusionbilling.billing.reference.ReferenceSnapshot}; {@code
 *       reference.imports} reads the CMS files as published.
 *   <li>{@code preview}: the engine that runs the rules for one encounter and its Spring service.
 *   <li>{@code api}: the HTTP API ({@code /api/billing/preview}, {@code /api/reference/*}).
 * </ul>
 */
package com.infusionbilling.billing;
