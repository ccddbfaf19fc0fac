/**
 * Platform: what every module stands on — the embedded database for local runs, the clock
 * in Europe/Istanbul, internationalisation, money formatting, error pages and the layout.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package tr.destek.platform;
