package org.meritledger.rewards.category;

/** What an administrator enters for a category; the code and purpose are fixed once created. */
public record CategoryDraft(String code, String nameEn, String nameZh, Purpose purpose, boolean active) {}
