/**
 * Demo data for local runs: one user per role and two sample enterprises. Loaded only on
 * the embedded database (or when {@code destek.demo-data=true}); never on an external
 * database unless asked.
 */
package tr.destek.demo;
