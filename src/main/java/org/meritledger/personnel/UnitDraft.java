package org.meritledger.personnel;

/** What an administrator typed to create or change a unit. {@code parentId == null}: a top-level unit. */
public record UnitDraft(String code, String name, Long parentId) {}
