/**
 * The base classes for format authors: {@link io.github.reportmeta.format.spi.AbstractReportFormat} answers a
 * format's description from a {@link io.github.reportmeta.format.spi.FormatDescriptor};
 * {@link io.github.reportmeta.format.spi.AbstractReportReader} and
 * {@link io.github.reportmeta.format.spi.AbstractReportWriter} own the streaming life cycle (reading ahead, the
 * settled pointer, failures, closing; the document's state, checking before writing, ending only on success), so
 * that a format writes only what is its own. Every format of reportmeta is built on them, and a third party's
 * can be too; the contract tests in core's test-jar check any format against the same rules.
 */
@NullMarked
package io.github.reportmeta.format.spi;

import org.jspecify.annotations.NullMarked;
