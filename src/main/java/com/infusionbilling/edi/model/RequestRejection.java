package com.infusionbilling.edi.model;

/**
 * An AAA segment: the request could not be answered. {@code reasonCode} AAA03, for example 72
 * invalid/missing subscriber ID, 75 subscriber not found, 42 unable to respond now; {@code
 * followUpAction} AAA04 (C correct and resubmit, R resubmit, N do not resubmit).
 */
public record RequestRejection(String loop, String reasonCode, String followUpAction) {}
