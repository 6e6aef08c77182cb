package com.reportworkbench.store;

/**
 * One field of one figure set to a new value, in its text form: decimals as plain strings, kinds,
 * qualifiers and statuses as their ids ("target", "approx", "ACCEPTED"), booleans as true/false, and
 * null to clear a field.
 */
public record FigureEdit(long figureId, FigureField field, String newValue) {}
