/**
 * Standards administration ("Standards", administrators) and the components through which every
 * training screen enters and shows values graded by a standard: the keyboard-first
 * {@code ScoreSheetEditor} (session sheet and correction dialog) and {@code Outcomes} (how a
 * result's values read). Screens of sessions, corrections and My training are in their own
 * packages' {@code ui}.
 */
package org.meritledger.training.standard.ui;
