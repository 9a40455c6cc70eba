/**
 * Canonical JSON for reportmeta: the {@link io.github.reportmeta.json.JsonFormat json} document and the
 * {@link io.github.reportmeta.json.JsonLinesFormat jsonl} stream, which need jackson-core only. The field names
 * of every document are the model's record component names, so that a validation violation's JSON Pointer
 * resolves in the document. The Jackson module is in {@link io.github.reportmeta.json.databind}.
 */
@NullMarked
package io.github.reportmeta.json;

import org.jspecify.annotations.NullMarked;
