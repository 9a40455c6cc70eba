/**
 * The Jackson databind module of the canonical JSON format, {@link
 * io.github.reportmeta.json.databind.ReportMetadataModule}: the only package of {@code reportmeta-io-json} that
 * needs jackson-databind, which is an optional dependency for users who only stream with the formats.
 */
@NullMarked
package io.github.reportmeta.json.databind;

import org.jspecify.annotations.NullMarked;
