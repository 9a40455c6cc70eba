/**
 * How messages quote input, shared by core and the codecs; it depends on nothing else of reportmeta, so that the
 * format SPI's exceptions and the internal parts the codecs share can both use it without a cycle.
 */
@NullMarked
package io.github.reportmeta.internal.messages;

import org.jspecify.annotations.NullMarked;
