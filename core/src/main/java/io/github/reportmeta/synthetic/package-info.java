/** Realistic synthetic reports, for users who test their pipelines and for the benchmarks. */
@NullMarked
package io.github.reportmeta.cli.synthetic;

import org.jspecify.annotations.NullMarked;
