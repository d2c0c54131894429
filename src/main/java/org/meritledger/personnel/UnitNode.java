package org.meritledger.personnel;

/** A unit as views see it: its place in the tree included, no managed entity. */
public record UnitNode(long id, String code, String name, Long parentId, boolean active, int depth, String path) {}
