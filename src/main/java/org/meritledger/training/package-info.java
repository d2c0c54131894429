/**
 * Training standards and grading: how a raw result (hits, repetitions, a run time, a drill
 * verdict) becomes a tier or a pass/fail under one version of a standard. Pure domain logic with
 * no framework imports, so grading is the same in the UI's live preview, in CSV import and at
 * sign-off, and can be replayed from a ledger entry. Sessions, sign-off and screens build on it.
 */
package org.meritledger.training;
