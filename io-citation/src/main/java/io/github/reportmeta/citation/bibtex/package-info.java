/** BibTeX and BibLaTeX: the {@code bibtex} format ({@code @techreport}, and BibLaTeX {@code @report} when reading). */
@NullMarked
package io.github.reportmeta.citation.bibtex;

import org.jspecify.annotations.NullMarked;
