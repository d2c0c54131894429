/** Training screens and their components: the keyboard-first score sheet, sessions, a soldier's record. */
package org.meritledger.training.ui;
