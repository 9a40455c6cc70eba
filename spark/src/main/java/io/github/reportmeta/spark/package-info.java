/**
 * Datasets of research reports on Apache Spark: sharded files of any readable format read into rows that mirror
 * the canonical JSON, validated into rows of problems, and written back in any writable format, one file per
 * partition; {@link io.github.reportmeta.spark.ReportJob} runs the same from {@code spark-submit}.
 */
@NullMarked
package io.github.reportmeta.spark;

import org.jspecify.annotations.NullMarked;
