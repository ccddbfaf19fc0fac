/**
 * Demo data for local runs: one user per role, the KOSGEB board and the appeal
 * commission, two sample enterprises, and three Konya enterprises whose applications wait
 * for a next step (on the board's agenda, a quarter-1 payment request, an appeal), all
 * created through the services. Loaded only on the embedded database (or when
 * {@code destek.demo-data=true}); never on an external database unless asked.
 */
package tr.destek.demo;
