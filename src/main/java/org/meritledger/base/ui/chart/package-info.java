/**
 * Charts on Chart.js (MIT, an npm package bundled by the Vaadin production build) through a
 * small Lit element of our own ({@code merit-chart.js}). The server side is typed (line, bar,
 * doughnut; datasets of numbers) and every chart carries a text alternative: an aria-label on the
 * canvas and its data as a table below it. The commercial Vaadin Charts is not used.
 */
package org.meritledger.base.ui.chart;
