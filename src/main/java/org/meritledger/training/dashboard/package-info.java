/**
 * The unit dashboard: qualification mix against a configurable benchmark, monthly pass rates per
 * training type, soldiers due for requalification and sessions still in draft, for the units a
 * commander commands (auditors and administrators: all). The figures are counted in the database
 * through {@code TrainingStatistics}; {@code UnitDashboardService} checks the caller and scope;
 * {@code TrainingSettings} reads the dashboard's configuration keys (requalification period,
 * benchmark mix) and {@code BenchmarkMix}, {@code Requalification} are plain rules.
 */
package org.meritledger.training.dashboard;
