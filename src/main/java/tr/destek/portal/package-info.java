/**
 * Portal: the public home page and each signed-in user's dashboard, which gathers what
 * the other modules have for that user.
 */
package tr.destek.portal;
