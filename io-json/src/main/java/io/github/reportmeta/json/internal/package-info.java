/**
 * The streaming reader and writer of the canonical JSON model, shared by the formats and the Jackson module;
 * not exported.
 */
@NullMarked
package io.github.reportmeta.json.internal;

import org.jspecify.annotations.NullMarked;
