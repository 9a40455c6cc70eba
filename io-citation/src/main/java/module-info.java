/**
 * What reference managers speak: the {@code csl-json}, {@code bibtex} and {@code ris} formats, each in its own
 * package, on core's format SPI.
 */
module io.github.reportmeta.citation {
    // The model and the format SPI that the formats implement and whose types their signatures use.
    requires transitive io.github.reportmeta;
    // The streaming parser and generator of CSL-JSON.
    requires tools.jackson.core;
    // The codec's configured JsonFactory (read limits, deterministic output), shared through a qualified export.
    requires io.github.reportmeta.json;
    // Nullness annotations; needed to compile, not to run.
    requires static org.jspecify;

    exports io.github.reportmeta.citation.bibtex;
    exports io.github.reportmeta.citation.csl;
    exports io.github.reportmeta.citation.ris;

    provides io.github.reportmeta.format.ReportFormat with
            io.github.reportmeta.citation.bibtex.BibtexFormat,
            io.github.reportmeta.citation.csl.CslJsonFormat,
            io.github.reportmeta.citation.ris.RisFormat;
}
