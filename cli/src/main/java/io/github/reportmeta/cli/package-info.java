/**
 * The {@code reportmeta} command: convert, validate, formats, schema, digest, diff and generate, with the same
 * exit codes everywhere (0 success, 1 invalid input or a refused conversion, 2 usage error or an unreadable file).
 */
@NullMarked
package io.github.reportmeta.cli;

import org.jspecify.annotations.NullMarked;
