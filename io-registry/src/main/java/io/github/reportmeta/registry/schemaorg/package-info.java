/** schema.org {@code Report} as JSON-LD: the {@code schema-org} format. */
@NullMarked
package io.github.reportmeta.registry.schemaorg;

import org.jspecify.annotations.NullMarked;
