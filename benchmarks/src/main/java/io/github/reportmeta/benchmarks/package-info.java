/** JMH benchmarks of our codecs and validation beside what a user would write on the same libraries. */
@NullMarked
package io.github.reportmeta.benchmarks;

import org.jspecify.annotations.NullMarked;
