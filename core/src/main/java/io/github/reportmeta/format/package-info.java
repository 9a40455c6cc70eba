/**
 * The format SPI: a {@link io.github.reportmeta.format.ReportFormat} reads and writes reports as a stream,
 * and a {@link io.github.reportmeta.format.FormatRegistry} finds formats by name, file extension or content
 * through {@link java.util.ServiceLoader}. Nothing here knows JSON or XML.
 */
@NullMarked
package io.github.reportmeta.format;

import org.jspecify.annotations.NullMarked;
