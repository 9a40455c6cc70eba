/**
 * Canonical JSON for reportmeta: the {@link io.github.reportmeta.json.JsonFormat json} document, the
 * {@link io.github.reportmeta.json.JsonLinesFormat jsonl} stream and the
 * {@link io.github.reportmeta.json.ReportMetadataModule Jackson module}. The field names of every document are
 * the model's record component names, so that a validation violation's JSON Pointer resolves in the document.
 */
@NullMarked
package io.github.reportmeta.json;

import org.jspecify.annotations.NullMarked;
