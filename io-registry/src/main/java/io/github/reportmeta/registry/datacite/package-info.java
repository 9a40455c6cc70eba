/** DataCite Metadata Schema 4.x XML: the {@code datacite} format. */
@NullMarked
package io.github.reportmeta.registry.datacite;

import org.jspecify.annotations.NullMarked;
