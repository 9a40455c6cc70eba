/**
 * Validation of reports and catalogues: the constraints, the profiles, and {@link
 * io.github.reportmeta.validation.ReportValidator}, which reports every violation with its severity, code,
 * message and JSON Pointer.
 */
@NullMarked
package io.github.reportmeta.validation;

import org.jspecify.annotations.NullMarked;
