/** Crossref deposit documents (schema 5.x): the {@code crossref} format. */
@NullMarked
package io.github.reportmeta.registry.crossref;

import org.jspecify.annotations.NullMarked;
