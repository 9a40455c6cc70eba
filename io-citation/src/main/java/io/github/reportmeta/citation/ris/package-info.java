/** RIS, the tagged format of EndNote, Zotero and Mendeley: the {@code ris} format. */
@NullMarked
package io.github.reportmeta.citation.ris;

import org.jspecify.annotations.NullMarked;
