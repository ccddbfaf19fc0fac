/**
 * The web side of the platform that every page stands on: the pages' one controller
 * advice ({@link tr.destek.platform.web.GlobalControllerAdvice}: binder set-up with
 * {@code id} never bound, trimmed text and TL amounts in Turkish notation; refused rules
 * and lost races as pages, never a 500), refused rules put on their form once
 * ({@link tr.destek.platform.web.RuleErrors}), cross-field rules as class-level
 * constraints ({@link tr.destek.platform.web.ConfirmationMatches}), the error summary at
 * the top of a page with invalid input ({@link tr.destek.platform.web.FormErrorSummary}),
 * the limits of text fields ({@link tr.destek.platform.web.FieldLimits}),
 * {@code aria-invalid} on every invalid field
 * ({@link tr.destek.platform.web.AriaInvalidDialect}) and the confirmation page of
 * irreversible actions ({@link tr.destek.platform.web.Confirmation}). The form fields
 * themselves are the fragments of {@code templates/fragments/forms.html}.
 */
package tr.destek.platform.web;
