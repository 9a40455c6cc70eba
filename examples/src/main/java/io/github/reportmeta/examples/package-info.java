/** Small runnable programs that show how reportmeta is used; each is run by a test so that it never rots. */
@NullMarked
package io.github.reportmeta.examples;

import org.jspecify.annotations.NullMarked;
