/** What a user would write without reportmeta: plain records for Jackson databind and {@code XmlMapper}. */
@NullMarked
package io.github.reportmeta.benchmarks.baseline;

import org.jspecify.annotations.NullMarked;
