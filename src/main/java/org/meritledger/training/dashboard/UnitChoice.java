package org.meritledger.training.dashboard;

/** A unit the caller may open the dashboard of, with its path for the picker. */
public record UnitChoice(long id, String path) {}
