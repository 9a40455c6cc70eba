/** What the commands share: opening inputs, writing outputs in place, and reporting problems. */
@NullMarked
package io.github.reportmeta.cli.internal;

import org.jspecify.annotations.NullMarked;
