/**
 * The machinery behind the text formats: decoding with positions, lines from plain text and HTML, the listing
 * parser, the "By ..." line splitter, report ids, and the digest renderers. Not exported.
 */
@NullMarked
package io.github.reportmeta.text.internal;

import org.jspecify.annotations.NullMarked;
