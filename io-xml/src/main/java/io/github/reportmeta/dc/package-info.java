/**
 * Dublin Core formats: {@code oai_dc} (read and write, including OAI-PMH responses), qualified DC
 * ({@code dcterms}, read and write) and DC in HTML ({@code dc-html}, write only). The mapping is documented
 * field by field in {@code docs/formats/dublin-core.md}; every field a format cannot hold is reported.
 */
@NullMarked
package io.github.reportmeta.dc;

import org.jspecify.annotations.NullMarked;
