/**
 * The report metadata model: immutable, validated values for reports, their authors, keywords and identifiers,
 * and the catalogues that list them.
 *
 * <p>Construction checks structure only (required parts present, lists copied, identifiers well-formed);
 * whether the content is acceptable is judged by {@link io.github.reportmeta.validation.ReportValidator}.
 */
@NullMarked
package io.github.reportmeta;

import org.jspecify.annotations.NullMarked;
