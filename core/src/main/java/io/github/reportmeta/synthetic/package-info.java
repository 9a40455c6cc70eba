/** Realistic synthetic reports, the same for the same seed: for users who test their pipelines, for the command's {@code generate}, and for the benchmarks. */
@NullMarked
package io.github.reportmeta.synthetic;

import org.jspecify.annotations.NullMarked;
