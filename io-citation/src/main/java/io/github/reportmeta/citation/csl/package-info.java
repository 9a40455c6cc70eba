/** CSL-JSON, the item format of citeproc, Zotero and pandoc: the {@code csl-json} format. */
@NullMarked
package io.github.reportmeta.citation.csl;

import org.jspecify.annotations.NullMarked;
