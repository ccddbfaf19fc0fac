/**
 * The web side of the platform that every form stands on: the error summary at the top of
 * a page with invalid input ({@link tr.destek.platform.web.FormErrorSummary}), the limits
 * of text fields ({@link tr.destek.platform.web.FieldLimits}), {@code aria-invalid} on
 * every invalid field ({@link tr.destek.platform.web.AriaInvalidDialect}) and the
 * confirmation page of irreversible actions
 * ({@link tr.destek.platform.web.Confirmation}).
 */
package tr.destek.platform.web;
