package com.infusionbilling.edi.model;

/** A US postal address (N3/N4). {@code postalCode} is 5 or 9 digits without a hyphen. */
public record Address(String line1, String line2, String city, String state, String postalCode) {}
